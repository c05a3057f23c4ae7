package com.recipeapi.part07;

import com.recipeapi.part07.model.Recipe;
import java.util.List;

/** What a search answers: {@code {"results": [recipe, ...]}}. */
public record SearchResults(List<Recipe> results) {}
