package com.recipeapi.part09;

import com.recipeapi.part09.model.Recipe;
import java.util.List;

/** What a search answers: {@code {"results": [recipe, ...]}}. */
public record SearchResults(List<Recipe> results) {}
