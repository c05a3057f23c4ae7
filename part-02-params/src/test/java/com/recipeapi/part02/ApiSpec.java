package com.recipeapi.part02;

import static com.recipeapi.part02.TestApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        return "/recipe/" + id;
    }

    /** The same path without its trailing slash, which Javalin serves too. */
    static String noSlash(String path) {
        return path.substring(0, path.length() - 1);
    }

    static final String SEARCH = "/search/";

    @BeforeEach
    void startApp() {
        api = TestApp.start();
    }

    @AfterEach
    void stopApp() {
        api.close();
    }

    /** A 422 naming the input, in Javalin's error format, which does not say where it was (part 05's does). */
    static void assertInvalid(HttpResponse<String> response, String in, String name) {
        assertEquals(422, response.statusCode(), response.body());
        assertTrue(json(response).has(name), in + " " + name + " not named in " + response.body());
    }

    /** The ids of the recipes in an answer's {@code results}, in order. */
    static List<Integer> ids(HttpResponse<String> response) {
        List<Integer> ids = new ArrayList<>();
        json(response).get("results").forEach(recipe -> ids.add(recipe.get("id").asInt()));
        return ids;
    }
}
