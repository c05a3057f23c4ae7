package com.recipeapi.part12;

import com.recipeapi.part12.auth.Role;
import com.recipeapi.part12.db.RecipeRepository;
import com.recipeapi.part12.docs.ApiRoutes;
import com.recipeapi.part12.docs.Param;
import com.recipeapi.part12.model.Recipe;
import com.recipeapi.part12.model.RecipeCreate;
import com.recipeapi.part12.model.User;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;

/** The HTTP side of recipes: declares the routes and what they read, asks the repository, writes JSON. */
final class RecipeRoutes {
    static final String BASE = "/api/v1/recipes";
    static final String UNAVAILABLE = "The database is unavailable; try again after Retry-After seconds";
    // region params
    static final Param<Integer> RECIPE_ID = Param.pathInt("recipe_id");
    static final Param<String> KEYWORD = Param.queryText("keyword").minLength(3);
    static final Param<Integer> MAX_RESULTS =
            Param.queryInt("max_results").range(1, 100).orElse(10);
    // endregion params
    private final RecipeRepository recipes;

    RecipeRoutes(RecipeRepository recipes) {
        this.recipes = recipes;
    }

    // region register
    void register(ApiRoutes api) {
        api.get(
                BASE + "/search/",
                this::searchRecipes,
                doc -> doc.summary("Search recipes by label")
                        .params(KEYWORD, MAX_RESULTS)
                        .response(200, "The matching recipes, at most max_results of them", SearchResults.class)
                        .error(422, "keyword is too short, or max_results is not a whole number from 1 to 100")
                        .error(503, UNAVAILABLE));
        api.get(
                BASE + "/{recipe_id}",
                this::fetchRecipe,
                doc -> doc.summary("Fetch one recipe by its ID")
                        .params(RECIPE_ID)
                        .response(200, "The recipe", Recipe.class)
                        .error(404, "No recipe has this ID")
                        .error(422, "The ID is not a whole number")
                        .error(503, UNAVAILABLE));
        api.post(
                BASE + "/",
                this::createRecipe,
                doc -> doc.summary("Create a recipe, submitted by the caller")
                        .body(RecipeCreate.class)
                        .response(201, "The recipe, as stored", Recipe.class)
                        .header(201, "Location", "Where the new recipe is")
                        .error(400, "The body is not valid JSON")
                        .error(413, "The body is larger than 64 KiB")
                        .error(415, "The body is not sent as application/json")
                        .error(422, "A field breaks its rules; errors[] names each one")
                        .error(503, UNAVAILABLE),
                Role.USER);
        api.delete(
                BASE + "/{recipe_id}",
                this::deleteRecipe,
                doc -> doc.summary("Delete a recipe: its submitter or a superuser only")
                        .params(RECIPE_ID)
                        .empty(204, "Deleted")
                        .error(403, "The caller is neither the recipe's submitter nor a superuser")
                        .error(404, "No recipe has this ID")
                        .error(503, UNAVAILABLE),
                Role.USER);
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

    // region create
    private void createRecipe(Context ctx) {
        User submitter = Authentication.user(ctx);
        RecipeCreate create = JsonBody.read(ctx, RecipeCreate.class);
        Recipe recipe = recipes.create(create, submitter.id())
                .orElseThrow(() ->
                        Authentication.unauthorized(ctx, "invalid_token", "The access token's user no longer exists"));
        ctx.status(HttpStatus.CREATED)
                .header(Header.LOCATION, BASE + "/" + recipe.id())
                .json(recipe);
    }
    // endregion create

    // region delete
    /** The submitter or a superuser may delete; anyone else gets 403. */
    private void deleteRecipe(Context ctx) {
        User caller = Authentication.user(ctx);
        int id = RECIPE_ID.read(ctx);
        Recipe recipe =
                recipes.findById(id).orElseThrow(() -> new NotFoundResponse("Recipe with ID " + id + " not found"));
        if (recipe.submitterId() != caller.id() && !caller.isSuperuser()) {
            throw new ForbiddenResponse("Only the recipe's submitter or a superuser may delete it");
        }
        recipes.delete(id);
        ctx.status(HttpStatus.NO_CONTENT);
    }
    // endregion delete
}
