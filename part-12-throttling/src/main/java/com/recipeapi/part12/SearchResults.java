package com.recipeapi.part12;

import com.recipeapi.part12.model.Recipe;
import java.util.List;

/** What a search answers: {@code {"results": [recipe, ...]}}. */
public record SearchResults(List<Recipe> results) {}
