package com.recipeapi.part10;

import static com.recipeapi.part10.BodySpec.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Part 10's protected writes: reading stays open to all, and writing needs a token. */
class ProtectedWritesSpec extends ApiSpec {
    @Test
    void POST_recipe_without_a_token_answers_401_and_stores_nothing() {
        api.authorize(null);

        assertProblem(api.send("POST", RECIPES, JSON, valid("label", "\"Anonymous\"")), 401);
        assertEquals(List.of(1, 2, 3), ids(api.get(EVERY_RECIPE))); // reading needs no token
    }
}
