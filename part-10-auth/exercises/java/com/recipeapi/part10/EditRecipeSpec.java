package com.recipeapi.part10;

import static com.recipeapi.part10.BodySpec.valid;
import static com.recipeapi.part10.TestApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Exercise 1: PUT replaces a recipe, for its submitter only; the docs describe it. */
@Tag("exercise")
@Tag("exercise-1")
class EditRecipeSpec extends ApiSpec {
    @Test
    void PUT_recipe_by_its_submitter_replaces_it_and_answers_200_with_the_recipe() {
        String recipe = cooksRecipe();

        HttpResponse<String> response = api.send("PUT", recipe, JSON, valid("label", "\"Better soup\""));

        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = json(response);
        assertEquals(recipe, recipe(body.get("id").asInt()));
        assertEquals("Better soup", body.get("label").asText());
        assertEquals(2, body.get("submitter_id").asInt());
        assertEquals(response.body(), api.get(recipe).body());
    }

    @Test
    void PUT_recipe_is_for_its_submitter_only_not_even_a_superuser() {
        String recipe = cooksRecipe();
        String before = api.get(recipe).body();

        api.authorize(token("other@example.com"));
        assertProblem(api.send("PUT", recipe, JSON, valid("label", "\"Theirs\"")), 403);
        api.authorize(login("admin@recipeapi.com", TestApp.ADMIN_PASSWORD));
        assertProblem(api.send("PUT", recipe, JSON, valid("label", "\"Admin's\"")), 403);
        api.authorize(null);
        HttpResponse<String> anonymous = api.send("PUT", recipe, JSON, valid("label", "\"Nobody's\""));
        assertProblem(anonymous, 401);
        assertEquals(
                "Bearer", anonymous.headers().firstValue("WWW-Authenticate").orElse(null));
        assertEquals(before, api.get(recipe).body());
    }

    @Test
    void PUT_recipe_answers_404_for_an_unknown_recipe_and_422_for_a_bad_body() {
        String recipe = cooksRecipe();

        assertProblem(api.send("PUT", recipe(999), JSON, valid("label", "\"Soup\"")), 404);
        assertInvalid(api.send("PUT", recipe, JSON, valid("label", "\"\"")), "body", "label");
        assertInvalid(api.send("PUT", recipe, JSON, valid("submitter_id", "1")), "body", "submitter_id");
        assertEquals("Soup", json(api.get(recipe)).get("label").asText());
    }

    @Test
    void GET_openapi_json_documents_PUT_recipe_as_logged_in_with_its_answers() {
        JsonNode put = json(api.get("/openapi.json")).at("/paths/~1api~1v1~1recipes~1{recipe_id}/put");

        assertFalse(put.isMissingNode(), "the docs have no PUT " + recipe("{recipe_id}"));
        assertTrue(
                put.at("/requestBody/content/application~1json/schema/$ref")
                        .asText()
                        .endsWith("/RecipeCreate"),
                put.toString());
        assertFalse(put.path("security").isEmpty(), put.toString());
        for (String status : new String[] {"200", "401", "403", "404", "422"}) {
            assertFalse(put.at("/responses/" + status).isMissingNode(), status + " in " + put);
        }
    }

    /** A recipe the cook submits, by its path. */
    private String cooksRecipe() {
        HttpResponse<String> created = api.send("POST", RECIPES, JSON, valid("label", "\"Soup\""));
        assertEquals(201, created.statusCode(), created.body());
        return created.headers().firstValue("Location").orElseThrow();
    }
}
