package com.recipeapi.part05;

import static com.recipeapi.part05.TestApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Exercise 2: invalid input has its own problem type, which the docs name. */
@Tag("exercise")
@Tag("exercise-2")
class ProblemTypeSpec extends ApiSpec {
    static final String INVALID_INPUT = "https://recipeapi.com/problems/invalid-input";

    @Test
    void GET_search_with_an_invalid_parameter_answers_the_invalid_input_type() {
        HttpResponse<String> response = api.get(SEARCH + "?max_results=0");

        assertProblem(response, 422);
        assertEquals(INVALID_INPUT, json(response).get("type").asText());
    }

    @Test
    void only_invalid_input_has_its_own_type_other_problems_keep_about_blank() {
        HttpResponse<String> invalid = api.get(recipe("abc"));
        HttpResponse<String> notFound = api.get(recipe(999));

        assertEquals(INVALID_INPUT, json(invalid).get("type").asText());
        assertProblem(notFound, 404);
        assertEquals("about:blank", json(notFound).get("type").asText());
    }

    @Test
    void POST_recipe_with_an_invalid_body_answers_the_invalid_input_type() {
        HttpResponse<String> response = api.send("POST", RECIPES, JSON, "{}");

        assertProblem(response, 422);
        assertEquals(INVALID_INPUT, json(response).get("type").asText());
    }

    @Test
    void GET_openapi_json_names_the_type_in_every_422_answer() {
        List<String> silent = new ArrayList<>();
        int found = 0;
        for (var path : json(api.get("/openapi.json")).get("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                JsonNode invalid = operation.getValue().at("/responses/422");
                if (!invalid.isMissingNode()) {
                    found++;
                    if (!invalid.toString().contains(INVALID_INPUT)) {
                        silent.add(operation.getKey().toUpperCase() + " " + path.getKey());
                    }
                }
            }
        }

        assertTrue(found > 0, "the docs show no 422 answer");
        assertEquals(List.of(), silent, "422 answers whose docs do not name " + INVALID_INPUT);
    }
}
