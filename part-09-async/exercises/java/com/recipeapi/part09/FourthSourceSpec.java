package com.recipeapi.part09;

import static com.recipeapi.part09.TestApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exercise 1: a fourth ideas source, healthyrecipes, called with the others. */
@Tag("exercise")
@Tag("exercise-1")
class FourthSourceSpec extends ApiSpec {
    @ParameterizedTest(name = "GET {0} answers five ideas from each of four sources")
    @ValueSource(strings = {IDEAS, IDEAS + "async"})
    void GET_ideas_answers_five_ideas_from_each_of_four_sources(String path) {
        HttpResponse<String> response = api.get(path);

        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = json(response);
        List<String> sources = new ArrayList<>();
        body.fieldNames().forEachRemaining(sources::add);
        assertEquals(List.of("recipes", "easyrecipes", "TopSecretRecipes", "healthyrecipes"), sources);
        body.forEach(source -> assertEquals(5, source.size()));
    }

    @Test
    void GET_ideas_async_calls_the_four_sources_at_the_same_time() {
        api.ideas().takeMaxInFlight();

        api.get(IDEAS + "async");

        assertEquals(4, api.ideas().takeMaxInFlight());
    }

    @Test
    void GET_openapi_json_documents_the_fourth_source() {
        JsonNode ideas = json(api.get("/openapi.json")).at("/components/schemas/Ideas/properties");

        assertFalse(ideas.path("healthyrecipes").isMissingNode(), ideas.toString());
    }
}
