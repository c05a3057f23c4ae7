package com.recipeapi.part11;

import static com.recipeapi.part11.TestApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Part 11's filter: a route declared with Role.USER is checked before its handler, for every method. */
class RouteRolesSpec extends ApiSpec {
    @Test
    void every_route_the_docs_say_needs_a_token_answers_401_without_one() {
        List<String> secured = new ArrayList<>();
        json(api.get("/openapi.json"))
                .get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    if (operation.getValue().has("security")) {
                        secured.add(operation.getKey().toUpperCase() + " " + path.getKey());
                    }
                }));
        api.authorize(null);

        for (String route : secured) {
            String[] parts = route.split(" ");
            HttpResponse<String> answer = api.send(parts[0], parts[1].replace("{recipe_id}", "1"), JSON, "{}");
            assertEquals(401, answer.statusCode(), route);
            assertEquals(
                    "Bearer", answer.headers().firstValue("WWW-Authenticate").orElse(""), route);
        }
        assertEquals(4, secured.size(), secured.toString()); // POST and DELETE recipes; GET and HEAD me
        assertEquals(List.of(1, 2, 3), ids(api.get(EVERY_RECIPE)));
    }

    @Test
    void HEAD_me_checks_the_token_like_GET_does() {
        assertEquals(200, api.send("HEAD", "/api/v1/auth/me", null, null).statusCode());

        api.authorize(null);
        HttpResponse<String> head = api.send("HEAD", "/api/v1/auth/me", null, null);

        assertEquals(401, head.statusCode());
        assertEquals("Bearer", head.headers().firstValue("WWW-Authenticate").orElse(""));
    }

    @Test
    void two_Authorization_headers_answer_401_invalid_request_even_when_the_first_is_valid() {
        String token = login("cook@example.com", PASSWORD);
        api.authorize(null);

        HttpResponse<String> me = api.send(
                "GET", "/api/v1/auth/me", null, null, "Authorization", "Bearer " + token, "Authorization", "Bearer x");

        assertProblem(me, 401);
        assertEquals(
                "Bearer error=\"invalid_request\"",
                me.headers().firstValue("WWW-Authenticate").orElse(""));
    }

    @Test
    void an_answer_to_a_caller_with_a_token_is_never_cached_and_the_token_answer_says_so_to_old_caches_too() {
        for (String path : List.of("/api/v1/auth/me", recipe(1), SEARCH + "?keyword=chicken")) {
            assertEquals(
                    "no-store",
                    api.get(path).headers().firstValue("Cache-Control").orElse(""),
                    path);
        }
        HttpResponse<String> token = api.send(
                "POST", "/api/v1/auth/login", FORM, "username=cook%40example.com&password=a+long+enough+password");
        assertEquals("no-cache", token.headers().firstValue("Pragma").orElse(""));
    }

    @Test
    void a_route_that_reads_the_user_must_be_declared_with_the_role() {
        JsonNode me = json(api.get("/api/v1/auth/me"));
        assertEquals("cook@example.com", me.get("email").asText());
        assertTrue(me.get("id").asInt() > 1);
    }
}
