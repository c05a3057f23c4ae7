package com.recipeapi.part09.api;

import com.recipeapi.part09.db.RecipeRepository;
import com.recipeapi.part09.model.InvalidInput;
import com.recipeapi.part09.model.InvalidInputException;
import com.recipeapi.part09.model.Recipe;
import com.recipeapi.part09.model.RecipeCreate;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Map;

/** The HTTP side of recipes, under /api/v1/recipes: reads parameters and bodies, asks the repository, writes JSON. */
public final class RecipeRoutes {
    static final String BASE = "/api/v1/recipes";
    static final int MAX_RESULTS_LIMIT = 100;
    static final int MIN_KEYWORD = 3;
    static final int MAX_OFFSET = 1_000_000;
    private final RecipeRepository recipes;

    public RecipeRoutes(RecipeRepository recipes) {
        this.recipes = recipes;
    }

    // region register
    public void register(RoutesConfig routes) {
        routes.get(BASE + "/", this::listRecipes);
        routes.post(BASE + "/", this::createRecipe);
        routes.get(BASE + "/search/", this::searchRecipes); // before {recipe_id}, which would match "search" too
        routes.get(BASE + "/{recipe_id}", this::fetchRecipe);
    }
    // endregion register

    private void fetchRecipe(Context ctx) {
        int id = ctx.pathParamAsClass("recipe_id", Integer.class).get();
        Recipe recipe =
                recipes.findById(id).orElseThrow(() -> new NotFoundResponse("Recipe with ID " + id + " not found"));
        ctx.json(recipe);
    }

    private void searchRecipes(Context ctx) {
        String keyword = ctx.queryParamAsClass("keyword", String.class)
                .check(k -> k == null || k.length() >= MIN_KEYWORD, "must be at least " + MIN_KEYWORD + " characters")
                .getOrNull();
        int maxResults = bounded(ctx, "max_results", 10, 1, MAX_RESULTS_LIMIT);
        ctx.json(Map.of("results", recipes.search(keyword, maxResults)));
    }

    // region list
    private void listRecipes(Context ctx) {
        int limit = bounded(ctx, "limit", 10, 1, MAX_RESULTS_LIMIT);
        int offset = bounded(ctx, "offset", 0, 0, MAX_OFFSET);
        List<Recipe> page = recipes.page(limit, offset);
        String next = page.size() < limit ? null : BASE + "/?limit=" + limit + "&offset=" + (offset + limit);
        ctx.json(new RecipePage(page, limit, offset, next));
    }
    // endregion list

    // region create
    private void createRecipe(Context ctx) {
        RecipeCreate create = JsonBody.read(ctx, RecipeCreate.class);
        create.validate();
        Recipe recipe = recipes.create(create)
                .orElseThrow(() -> new InvalidInputException(List.of(InvalidInput.body(
                        "submitter_id",
                        "must be the ID of an existing user; there is no user " + create.submitterId()))));
        ctx.status(HttpStatus.CREATED)
                .header(Header.LOCATION, BASE + "/" + recipe.id())
                .json(recipe);
    }
    // endregion create

    /** A whole-number query parameter from {@code min} to {@code max}; Javalin runs checks on a missing one too, as null. */
    private static int bounded(Context ctx, String name, int fallback, int min, int max) {
        return ctx.queryParamAsClass(name, Integer.class)
                .check(n -> n == null || (n >= min && n <= max), "must be from " + min + " to " + max)
                .getOrDefault(fallback);
    }
}
