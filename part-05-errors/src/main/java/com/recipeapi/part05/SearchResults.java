package com.recipeapi.part05;

import java.util.List;

/** What a search answers: {@code {"results": [recipe, ...]}}. */
public record SearchResults(List<Recipe> results) {}
