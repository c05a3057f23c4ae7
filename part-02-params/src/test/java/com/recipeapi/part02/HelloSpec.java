package com.recipeapi.part02;

import static com.recipeapi.part02.TestApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Part 02's promises: one JSON route, and clear answers for everything else. */
class HelloSpec extends ReadOnlySpec {
    // region hello_test
    @Test
    void GET_root_answers_hello_world_as_json() {
        HttpResponse<String> response = api.get("/");

        assertEquals(200, response.statusCode());
        assertEquals(
                "application/json",
                response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("Hello, World!", json(response).get("msg").asText());
    }
    // endregion hello_test

    @Test
    void GET_unknown_path_answers_404_with_a_json_body() {
        HttpResponse<String> response = api.get("/no/such/page");

        assertEquals(404, response.statusCode());
        assertEquals(404, json(response).get("status").asInt());
    }

    @Test
    void POST_root_is_a_client_error_not_a_server_error() {
        HttpResponse<String> response = api.send("POST", "/", "application/json", "{}");

        assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, response.toString());
    }

    @Test
    void GET_root_with_X_HTTP_Method_Override_still_runs_the_GET_route() {
        HttpResponse<String> response = api.send("GET", "/", null, null, "X-HTTP-Method-Override", "POST");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("Hello, World!", json(response).get("msg").asText());
    }

    @ParameterizedTest(name = "{0} {1} answers with X-Content-Type-Options: nosniff")
    @CsvSource({"GET, /", "GET, /no/such/page", "POST, /", "GET, /openapi.json", "GET, /docs"})
    void every_answer_says_nosniff(String method, String path) {
        HttpResponse<String> response = api.send(method, path, null, null);

        assertEquals(
                "nosniff",
                response.headers().firstValue("X-Content-Type-Options").orElse(null));
    }

    @Test
    void an_answer_Jetty_gives_before_the_app_runs_says_nosniff_too() throws IOException {
        String response = api.raw("GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "x".repeat(20_000) + "\r\n\r\n");

        assertTrue(response.startsWith("HTTP/1.1 431"), response);
        assertTrue(response.contains("X-Content-Type-Options: nosniff"), response);
    }
}
