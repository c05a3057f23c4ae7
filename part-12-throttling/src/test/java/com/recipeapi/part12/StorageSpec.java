package com.recipeapi.part12;

import static com.recipeapi.part12.BodySpec.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Part 12's promises about recipes in a database: kept across restarts, searched in SQL, stored as sent. */
class StorageSpec extends ApiSpec {
    @Test
    void created_recipes_survive_a_restart_and_the_seed_is_not_inserted_twice() {
        HttpResponse<String> created = api.send("POST", RECIPES, JSON, valid("label", "\"Kept\""));

        api = api.restart();

        assertEquals(TestApp.map(created), TestApp.map(api.get(recipe(4))));
        assertEquals(List.of(1, 2, 3, 4), ids(api.get(EVERY_RECIPE)));
    }

    @Test
    void GET_search_finds_a_match_beyond_the_first_rows() {
        for (int i = 0; i < 30; i++) {
            api.send("POST", RECIPES, JSON, valid("label", "\"Filler " + i + "\""));
        }
        api.send("POST", RECIPES, JSON, valid("label", "\"Saffron risotto\""));

        HttpResponse<String> response = api.get(SEARCH + "?keyword=saffron&max_results=1");

        assertEquals(List.of(34), ids(response));
    }

    @ParameterizedTest(name = "keyword {0} finds {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "0%25%20R | 1",
                "%25%25%25 | 0",
                "___ | 0",
                "!!! | 0",
                "a_b | 1",
                "%27%20OR%201%3D1%20-- | 0",
                "%5C%5C%5C | 0"
            })
    void GET_search_matches_LIKE_wildcards_as_plain_characters(String keyword, int found) {
        api.send("POST", RECIPES, JSON, valid("label", "\"100% Rye\""));
        api.send("POST", RECIPES, JSON, valid("label", "\"Sauce a_b\""));

        assertEquals(found, ids(api.get(SEARCH + "?keyword=" + keyword)).size());
    }

    @Test
    void POST_recipe_naming_a_submitter_answers_422_naming_submitter_id_and_stores_nothing() {
        assertInvalid(api.send("POST", RECIPES, JSON, valid("submitter_id", "1")), "body", "submitter_id");
        assertEquals(List.of(1, 2, 3), ids(api.get(EVERY_RECIPE)));
    }
}
