package com.recipeapi.part02;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The recipes this part knows, kept in memory, and the two ways to look them up. */
final class Recipes {
    static final List<Recipe> SEED = List.of(
            new Recipe(
                    1,
                    "Chicken Vesuvio",
                    "Serious Eats",
                    "http://www.seriouseats.com/recipes/2011/12/chicken-vesuvio-recipe.html"),
            new Recipe(2, "Chicken Paprikash", "No Recipes", "http://norecipes.com/recipe/chicken-paprikash/"),
            new Recipe(
                    3,
                    "Cauliflower and Tofu Curry Recipe",
                    "Serious Eats",
                    "http://www.seriouseats.com/recipes/2011/02/cauliflower-and-tofu-curry-recipe.html"));

    private final List<Recipe> recipes;

    Recipes(List<Recipe> recipes) {
        this.recipes = List.copyOf(recipes);
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
}
