package com.recipeapi.part11;

import static com.recipeapi.part11.TestApp.json;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** What every spec class shares: a fresh app for each spec, started before it and stopped after it. */
abstract class ApiSpec {
    TestApp api;

    /** The routes under test, named once for every spec. */
    static String recipe(Object id) {
        return "/api/v1/recipes/" + id;
    }

    /** The same path without its trailing slash, which Javalin serves too. */
    static String noSlash(String path) {
        return path.substring(0, path.length() - 1);
    }

    static final String SEARCH = "/api/v1/recipes/search/";
    static final String EVERY_RECIPE = SEARCH + "?max_results=100";
    static final String RECIPES = "/api/v1/recipes/";
    static final String IDEAS = "/api/v1/recipes/ideas/";

    /** Each spec starts with a user, "the cook" (id 2, after the admin), whose token is sent. */
    @BeforeEach
    void startApp() {
        api = TestApp.start();
        api.authorize(token("cook@example.com"));
    }

    String token(String email) {
        api.send("POST", "/api/v1/auth/signup", JSON, SignupSpec.body(email, PASSWORD));
        return login(email, PASSWORD);
    }

    String login(String email, String password) {
        String form = "username=" + URLEncoder.encode(email, UTF_8) + "&password=" + URLEncoder.encode(password, UTF_8);
        HttpResponse<String> answer = api.send("POST", "/api/v1/auth/login", FORM, form);
        assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(null));
        return json(answer).get("access_token").asText();
    }

    @AfterEach
    void stopApp() {
        api.close();
    }

    static final String JSON = "application/json";
    static final String FORM = "application/x-www-form-urlencoded";
    static final String PASSWORD = "a long enough password";

    /** An error answer in problem-details format, with the given status. */
    static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        assertEquals(status, json(response).get("status").asInt(), response.body());
    }

    /** A 422 whose errors name the input: where it was and, unless null, its name. */
    static void assertInvalid(HttpResponse<String> response, String in, String name) {
        assertProblem(response, 422);
        boolean named = false;
        for (JsonNode error : json(response).get("errors")) {
            named |= in.equals(error.path("in").asText())
                    && (name == null
                            ? !error.has("name")
                            : name.equals(error.path("name").asText()));
        }
        assertTrue(named, in + " " + name + " not named in " + response.body());
    }

    /** The ids of the recipes in an answer's {@code results}, in order. */
    static List<Integer> ids(HttpResponse<String> response) {
        List<Integer> ids = new ArrayList<>();
        json(response).get("results").forEach(recipe -> ids.add(recipe.get("id").asInt()));
        return ids;
    }
}
