package com.recipeapi.part10;

import com.recipeapi.part10.model.Recipe;
import java.util.List;

/** What a search answers: {@code {"results": [recipe, ...]}}. */
public record SearchResults(List<Recipe> results) {}
