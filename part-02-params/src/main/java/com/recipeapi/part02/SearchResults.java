package com.recipeapi.part02;

import java.util.List;

/** What a search answers: {@code {"results": [recipe, ...]}}. */
public record SearchResults(List<Recipe> results) {}
