package com.recipeapi.part07;

import static com.recipeapi.part07.TestApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exercise 3: every recipe, a page at a time, each page linking to the next. */
@Tag("exercise")
@Tag("exercise-3")
class PagingSpec extends ApiSpec {
    @Test
    void GET_recipes_answers_a_page_and_a_link_to_the_next() {
        HttpResponse<String> response = api.get(RECIPES + "?limit=2");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(List.of(1, 2), ids(response));
        assertEquals(RECIPES + "?limit=2&offset=2", json(response).path("next").asText());
    }

    @Test
    void GET_recipes_on_the_last_page_has_no_next() {
        HttpResponse<String> response = api.get(RECIPES + "?limit=2&offset=2");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(List.of(3), ids(response));
        assertTrue(json(response).path("next").isMissingNode()
                || json(response).get("next").isNull());
    }

    @Test
    void following_next_visits_every_recipe_once_in_order() {
        for (int i = 0; i < 12; i++) {
            api.send("POST", RECIPES, JSON, BodySpec.valid("label", "\"Soup " + i + "\""));
        }
        List<Integer> seen = new ArrayList<>();
        String next = RECIPES;
        while (next != null) {
            HttpResponse<String> page = api.get(next);
            assertEquals(200, page.statusCode(), page.body());
            seen.addAll(ids(page));
            next = json(page).path("next").isTextual() ? json(page).get("next").asText() : null;
        }

        assertEquals(15, seen.size(), seen.toString()); // limit defaults to 10: two pages
        assertEquals(IntStream.rangeClosed(1, 15).boxed().toList(), seen);
    }

    @ParameterizedTest(name = "{0}={1} answers 422")
    @CsvSource({"limit, 0", "limit, 101", "limit, abc", "offset, -1", "offset, abc"})
    void GET_recipes_with_a_limit_or_offset_out_of_bounds_answers_422(String name, String value) {
        assertInvalid(api.get(RECIPES + "?" + name + "=" + value), "query", name);
        assertFalse(api.docsAllowedLastRequest(), "the docs allow " + name + "=" + value);
    }
}
