package com.recipeapi.part11;

import com.recipeapi.part11.model.Recipe;
import java.util.List;

/** What a search answers: {@code {"results": [recipe, ...]}}. */
public record SearchResults(List<Recipe> results) {}
