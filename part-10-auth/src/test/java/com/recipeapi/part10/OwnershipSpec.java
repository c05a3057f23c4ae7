package com.recipeapi.part10;

import static com.recipeapi.part10.BodySpec.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Part 10's ownership: a recipe may be deleted by its submitter or a superuser, and by no one else. */
class OwnershipSpec extends ApiSpec {
    // region delete_test
    @Test
    void DELETE_recipe_is_for_its_submitter_or_a_superuser_only() {
        String recipe = api.send("POST", RECIPES, JSON, valid("label", "\"Mine\""))
                .headers()
                .firstValue("Location")
                .orElseThrow();
        String cook = api.currentToken();
        api.authorize(token("other@example.com"));
        assertEquals(
                3,
                TestApp.json(api.send("POST", RECIPES, JSON, valid("label", "\"Theirs\"")))
                        .get("submitter_id")
                        .asInt());

        assertProblem(api.send("DELETE", recipe, null, null), 403);
        assertProblem(api.send("DELETE", recipe(1), null, null), 403);
        api.authorize(cook);
        assertEquals(204, api.send("DELETE", recipe, null, null).statusCode());
        assertProblem(api.get(recipe), 404);
        api.authorize(login("admin@recipeapi.com", TestApp.ADMIN_PASSWORD));
        assertEquals(204, api.send("DELETE", recipe(2), null, null).statusCode());
        api.authorize(null);
        assertProblem(api.send("DELETE", recipe(1), null, null), 401);
    }
    // endregion delete_test
}
