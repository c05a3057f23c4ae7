package com.recipeapi.part07.api;

import com.recipeapi.part07.model.Recipe;
import java.util.List;

/** One page of recipes, with the link to the next page while there may be more. */
public record RecipePage(List<Recipe> results, int limit, int offset, String next) {}
