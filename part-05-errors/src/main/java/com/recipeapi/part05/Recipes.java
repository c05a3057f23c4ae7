package com.recipeapi.part05;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** The recipes this part knows, kept in memory: looked up, searched and added to, from many threads at once. */
final class Recipes {
    static final List<Recipe> SEED = List.of(
            new Recipe(
                    1,
                    "Chicken Vesuvio",
                    "Serious Eats",
                    "http://www.seriouseats.com/recipes/2011/12/chicken-vesuvio-recipe.html",
                    1),
            new Recipe(2, "Chicken Paprikash", "No Recipes", "http://norecipes.com/recipe/chicken-paprikash/", 1),
            new Recipe(
                    3,
                    "Cauliflower and Tofu Curry Recipe",
                    "Serious Eats",
                    "http://www.seriouseats.com/recipes/2011/02/cauliflower-and-tofu-curry-recipe.html",
                    1));

    private final List<Recipe> recipes;

    Recipes(List<Recipe> recipes) {
        this.recipes = new CopyOnWriteArrayList<>(recipes);
    }

    Optional<Recipe> findById(int id) {
        return recipes.stream().filter(recipe -> recipe.id() == id).findFirst();
    }

    // region search
    /** Recipes whose label contains the keyword (any case), at most {@code maxResults} of them. */
    List<Recipe> search(String keyword, int maxResults) {
        String needle = keyword == null ? "" : keyword.toLowerCase(Locale.ROOT);
        return recipes.stream()
                .filter(recipe -> recipe.label().toLowerCase(Locale.ROOT).contains(needle))
                .limit(maxResults)
                .toList();
    }
    // endregion search

    /** Adds a recipe under the next free id; synchronized so two creates never get the same id. */
    synchronized Recipe add(RecipeCreate create) {
        int id = recipes.stream().mapToInt(Recipe::id).max().orElse(0) + 1;
        Recipe recipe = new Recipe(id, create.label(), create.source(), create.url(), create.submitterId());
        recipes.add(recipe);
        return recipe;
    }
}
