package com.recipeapi.part01;

import static com.recipeapi.part01.TestApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Exercise 1: another route, documented like the first. */
@Tag("exercise")
@Tag("exercise-1")
class AboutSpec extends ApiSpec {
    @Test
    void GET_about_names_the_api_and_the_part() {
        HttpResponse<String> response = api.get("/about");

        assertEquals(200, response.statusCode());
        assertEquals("Recipe API", json(response).get("name").asText());
        assertEquals(1, json(response).get("part").asInt());
    }

    @Test
    void GET_openapi_json_documents_about_with_its_schema() {
        JsonNode docs = json(api.get("/openapi.json"));

        JsonNode answer = docs.at("/paths/~1about/get/responses/200/content/application~1json/schema");
        assertFalse(answer.isMissingNode(), "the docs have no JSON answer for GET /about");
        String schema = answer.get("$ref").asText().replace("#/components/schemas/", "");
        assertEquals(
                "integer",
                docs.at("/components/schemas/" + schema + "/properties/part/type")
                        .asText());
        assertEquals(
                "string",
                docs.at("/components/schemas/" + schema + "/properties/name/type")
                        .asText());
    }
}
