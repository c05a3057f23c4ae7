package com.recipeapi.part02;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Map;

/** The HTTP side of recipes: reads parameters, asks {@link Recipes}, writes JSON. */
final class RecipeRoutes {
    static final int MAX_RESULTS_LIMIT = 100;
    private final Recipes recipes;

    RecipeRoutes(Recipes recipes) {
        this.recipes = recipes;
    }

    void register(RoutesConfig routes) {
        routes.get("/recipe/{recipe_id}", this::fetchRecipe);
        routes.get("/search/", this::searchRecipes);
    }

    // region fetch
    private void fetchRecipe(Context ctx) {
        int id = ctx.pathParamAsClass("recipe_id", Integer.class).get();
        Recipe recipe = recipes.byId(id).orElseThrow(() -> new NotFoundResponse("Recipe with ID " + id + " not found"));
        ctx.json(recipe);
    }
    // endregion fetch

    // region search
    private void searchRecipes(Context ctx) {
        String keyword = ctx.queryParam("keyword");
        int maxResults = ctx.queryParamAsClass("max_results", Integer.class)
                // Javalin runs checks on a missing parameter too, with null as its value.
                .check(n -> n == null || (n >= 1 && n <= MAX_RESULTS_LIMIT), "must be from 1 to " + MAX_RESULTS_LIMIT)
                .getOrDefault(10);
        ctx.json(Map.of("results", recipes.search(keyword, maxResults)));
    }
    // endregion search
}
