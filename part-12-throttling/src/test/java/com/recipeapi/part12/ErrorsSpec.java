package com.recipeapi.part12;

import static com.recipeapi.part12.TestApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Part 12's promise for every error: one format, RFC 9457 problem details, with the right status. */
class ErrorsSpec extends ApiSpec {
    // region problem_test
    @Test
    void GET_unknown_recipe_answers_404_as_problem_details() {
        HttpResponse<String> response = api.get(recipe(999));

        assertProblem(response, 404);
        JsonNode problem = json(response);
        assertEquals("Not Found", problem.get("title").asText());
        assertEquals("Recipe with ID 999 not found", problem.get("detail").asText());
        assertEquals(recipe(999), problem.get("instance").asText());
    }
    // endregion problem_test

    @Test
    void GET_unknown_route_answers_404_as_problem_details() {
        assertProblem(api.get("/recipes/1"), 404);
    }

    @Test
    void PUT_on_a_recipe_answers_405_with_the_allowed_methods() {
        HttpResponse<String> response = api.send("PUT", recipe(1), null, null);

        assertProblem(response, 405);
        assertEquals("GET, DELETE", response.headers().firstValue("Allow").orElseThrow());
    }

    @ParameterizedTest(name = "{0} answers {1}")
    @CsvSource({"a malformed URI, 400", "a URI too long, 414", "a header too large, 431"})
    void a_request_Jetty_refuses_answers_problem_details_too(String request, int status) throws Exception {
        String line = switch (request) {
            case "a malformed URI" -> "GET /recipe/%zz HTTP/1.1\r\n";
            case "a URI too long" -> "GET " + SEARCH + "?keyword=" + "a".repeat(20_000) + " HTTP/1.1\r\n";
            default -> "GET / HTTP/1.1\r\nX-Huge: " + "a".repeat(20_000) + "\r\n";
        };

        String response = api.raw(line + "Host: localhost\r\nConnection: close\r\n\r\n");

        assertTrue(response.startsWith("HTTP/1.1 " + status), response);
        assertTrue(response.contains("Content-Type: application/problem+json"), response);
    }
}
