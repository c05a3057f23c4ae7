package com.recipeapi.part02;

import com.recipeapi.part02.docs.ApiRoutes;
import com.recipeapi.part02.docs.Param;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

/** The HTTP side of recipes: declares the routes and their parameters, asks {@link Recipes}, writes JSON. */
final class RecipeRoutes {
    // region params
    static final Param<Integer> RECIPE_ID = Param.pathInt("recipe_id");
    static final Param<String> KEYWORD = Param.queryText("keyword");
    static final Param<Integer> MAX_RESULTS =
            Param.queryInt("max_results").range(1, 100).orElse(10);
    // endregion params
    private final Recipes recipes;

    RecipeRoutes(Recipes recipes) {
        this.recipes = recipes;
    }

    // region register
    void register(ApiRoutes api) {
        api.get(
                "/search/",
                this::searchRecipes,
                doc -> doc.summary("Search recipes by label")
                        .params(KEYWORD, MAX_RESULTS)
                        .response(200, "The matching recipes, at most max_results of them", SearchResults.class)
                        .error(422, "max_results is not a whole number from 1 to 100"));
        api.get(
                "/recipe/{recipe_id}",
                this::fetchRecipe,
                doc -> doc.summary("Fetch one recipe by its ID")
                        .params(RECIPE_ID)
                        .response(200, "The recipe", Recipe.class)
                        .error(404, "No recipe has this ID")
                        .error(422, "The ID is not a whole number"));
    }
    // endregion register

    // region fetch
    private void fetchRecipe(Context ctx) {
        int id = RECIPE_ID.read(ctx);
        Recipe recipe =
                recipes.findById(id).orElseThrow(() -> new NotFoundResponse("Recipe with ID " + id + " not found"));
        ctx.json(recipe);
    }
    // endregion fetch

    private void searchRecipes(Context ctx) {
        ctx.json(new SearchResults(recipes.search(KEYWORD.read(ctx), MAX_RESULTS.read(ctx))));
    }
}
