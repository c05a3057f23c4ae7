package com.recipeapi.part07;

import static com.recipeapi.part07.TestApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Exercise 1: each recipe says when it was last written, from a column a new migration adds. */
@Tag("exercise")
@Tag("exercise-1")
class UpdatedAtSpec extends ApiSpec {
    @Test
    void GET_recipe_answers_updated_at_as_an_ISO_8601_date_time() {
        JsonNode recipe = json(api.get(recipe(1)));

        assertFalse(recipe.path("updated_at").isMissingNode(), "no updated_at in " + recipe);
        OffsetDateTime.parse(recipe.get("updated_at").asText()); // throws unless it is "2026-01-31T12:00:00Z"-like
    }

    @Test
    void POST_recipe_answers_the_time_it_was_stored() {
        HttpResponse<String> created = api.send("POST", RECIPES, JSON, BodySpec.valid("label", "\"Fresh\""));

        assertEquals(201, created.statusCode(), created.body());
        OffsetDateTime updatedAt =
                OffsetDateTime.parse(json(created).path("updated_at").asText("none"));
        Duration age = Duration.between(updatedAt, OffsetDateTime.now()).abs();
        assertFalse(age.compareTo(Duration.ofMinutes(5)) > 0, "updated_at is " + age + " away from now");
    }

    @Test
    void GET_openapi_json_documents_updated_at_as_a_required_date_time() {
        JsonNode recipe = json(api.get("/openapi.json")).at("/components/schemas/Recipe");

        assertEquals("string", recipe.at("/properties/updated_at/type").asText(), recipe.toString());
        assertEquals("date-time", recipe.at("/properties/updated_at/format").asText(), recipe.toString());
        boolean required = false;
        for (JsonNode name : recipe.path("required")) {
            required |= name.asText().equals("updated_at");
        }
        assertTrue(required, "updated_at is not required in " + recipe);
    }
}
