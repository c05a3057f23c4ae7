package com.recipeapi.part10;

import static com.recipeapi.part10.BodySpec.valid;
import static com.recipeapi.part10.TestApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Part 10's protected writes: reading stays open to all, writing needs a token, and records who wrote. */
class ProtectedWritesSpec extends ApiSpec {
    @Test
    void POST_recipe_without_a_token_answers_401_and_stores_nothing() {
        api.authorize(null);

        HttpResponse<String> response = api.send("POST", RECIPES, JSON, valid("label", "\"Anonymous\""));

        assertProblem(response, 401);
        assertEquals("Bearer", response.headers().firstValue("WWW-Authenticate").orElse(null));
        assertEquals(List.of(1, 2, 3), ids(api.get(EVERY_RECIPE)));
    }

    @Test
    void reading_needs_no_token() {
        api.authorize(null);

        assertEquals(200, api.get(recipe(1)).statusCode());
        assertEquals(List.of(1, 2, 3), ids(api.get(EVERY_RECIPE)));
    }

    @Test
    void POST_recipe_records_the_caller_as_its_submitter() {
        signup("other@example.com");
        api.authorize(login("other@example.com", PASSWORD));

        HttpResponse<String> created = api.send("POST", RECIPES, JSON, valid("label", "\"Theirs\""));

        assertEquals(201, created.statusCode(), created.body());
        assertEquals(3, json(created).get("submitter_id").asInt());
    }

    @Test
    void GET_me_without_a_token_answers_401() {
        api.authorize(null);

        assertProblem(api.get("/api/v1/auth/me"), 401);
    }
}
