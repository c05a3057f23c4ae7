package com.recipeapi.part07;

import static com.recipeapi.part07.TestApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Exercise 2: a recipe can be deleted, once. */
@Tag("exercise")
@Tag("exercise-2")
class DeleteSpec extends ApiSpec {
    @Test
    void DELETE_recipe_answers_204_with_no_body_and_the_recipe_is_gone() {
        HttpResponse<String> response = api.send("DELETE", recipe(2), null, null);

        assertEquals(204, response.statusCode(), response.body());
        assertEquals("", response.body());
        assertProblem(api.get(recipe(2)), 404);
        assertEquals(List.of(1, 3), ids(api.get(EVERY_RECIPE)));
    }

    @Test
    void DELETE_recipe_twice_answers_404_the_second_time() {
        assertEquals(204, api.send("DELETE", recipe(3), null, null).statusCode());

        assertProblem(api.send("DELETE", recipe(3), null, null), 404);
    }

    @Test
    void DELETE_unknown_recipe_answers_404_and_deletes_nothing() {
        assertProblem(api.send("DELETE", recipe(999), null, null), 404);
        assertEquals(List.of(1, 2, 3), ids(api.get(EVERY_RECIPE)));
        assertEquals(204, api.send("DELETE", recipe(1), null, null).statusCode());
    }

    @Test
    void DELETE_recipe_with_a_non_integer_id_answers_422_naming_it() {
        assertInvalid(api.send("DELETE", recipe("abc"), null, null), "path", "recipe_id");
        assertFalse(api.docsAllowedLastRequest(), "the docs allow recipe_id=abc");
    }

    @Test
    void GET_openapi_json_documents_DELETE_with_its_answers() {
        var delete = json(api.get("/openapi.json")).at("/paths/~1api~1v1~1recipes~1{recipe_id}/delete/responses");

        assertFalse(delete.isMissingNode(), "the docs have no DELETE " + recipe("{recipe_id}"));
        assertFalse(delete.path("204").isMissingNode(), delete.toString());
        assertFalse(delete.path("404").isMissingNode(), delete.toString());
    }
}
