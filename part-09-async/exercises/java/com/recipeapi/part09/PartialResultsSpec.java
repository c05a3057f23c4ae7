package com.recipeapi.part09;

import static com.recipeapi.part09.TestApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.recipeapi.part09.ideas.IdeasServer.Fault;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exercise 2: healthyrecipes is optional; when it fails, the others still answer, with a note of the failure. */
@Tag("exercise")
@Tag("exercise-2")
class PartialResultsSpec extends ApiSpec {
    @ParameterizedTest(name = "{0} on healthyrecipes answers 200 with the others and a note")
    @CsvSource({"HANG, did not answer within", "SERVER_ERROR, answered 500", "INVALID_JSON, invalid JSON"})
    void GET_ideas_async_answers_the_other_sources_when_healthyrecipes_fails(Fault fault, String note) {
        api.ideas().fault("healthyrecipes", fault);

        HttpResponse<String> response = api.get(IDEAS + "async");

        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = json(response);
        for (String source : new String[] {"recipes", "easyrecipes", "TopSecretRecipes"}) {
            assertEquals(5, body.path(source).size(), response.body());
        }
        assertEquals(0, body.path("healthyrecipes").size(), response.body());
        String failed = body.at("/failed/healthyrecipes").asText();
        assertTrue(failed.contains(note), response.body());
    }

    @ParameterizedTest(name = "no failure, no note: {0}")
    @CsvSource({"async"})
    void GET_ideas_async_without_a_failure_has_no_note_and_four_sources(String endpoint) {
        JsonNode body = json(api.get(IDEAS + endpoint));

        assertTrue(body.path("failed").isMissingNode(), body.toString());
        assertEquals(5, body.path("healthyrecipes").size(), body.toString());
    }
}
