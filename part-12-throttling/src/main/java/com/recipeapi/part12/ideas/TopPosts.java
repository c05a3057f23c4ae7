package com.recipeapi.part12.ideas;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The documents the built-in ideas server serves: five fixed posts per source, in the public API's shape. */
final class TopPosts {
    private static final Map<String, List<String>> TITLES = Map.of(
            "recipes",
                    List.of(
                            "Sunday roast chicken",
                            "Five-minute tomato soup",
                            "Crispy smashed potatoes",
                            "Lemon drizzle cake",
                            "Weeknight dal"),
            "easyrecipes",
                    List.of(
                            "Three-ingredient pancakes",
                            "One-pan gnocchi",
                            "No-knead bread",
                            "Sheet-pan fajitas",
                            "Microwave mug brownie"),
            "TopSecretRecipes",
                    List.of(
                            "Copycat fast-food fries",
                            "Famous diner chili",
                            "Secret sauce burger",
                            "Cinnamon roll icing",
                            "Steakhouse creamed spinach"));

    private TopPosts() {}

    static String document(String source) {
        List<String> children = new ArrayList<>();
        List<String> titles = TITLES.getOrDefault(source, List.of("Idea"));
        for (int i = 0; i < titles.size(); i++) {
            String slug = titles.get(i).toLowerCase().replaceAll("[^a-z0-9]+", "-");
            children.add(String.format(
                    "{\"data\": {\"score\": %d, \"title\": \"%s\", \"url\": \"https://example.com/r/%s/%s\"}}",
                    1000 - 150 * i, titles.get(i), source, slug));
        }
        return "{\"data\": {\"children\": [" + String.join(", ", children) + "]}}";
    }
}
