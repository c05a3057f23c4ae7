package com.recipeapi.part11;

import static com.recipeapi.part11.TestApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Exercise 1: a route for superusers only, declared with a role of its own and checked by the filter. */
@Tag("exercise")
@Tag("exercise-1")
class AdminOnlySpec extends ApiSpec {
    static final String USERS = "/api/v1/admin/users";

    @Test
    void GET_admin_users_counts_the_users_for_a_superuser() {
        api.authorize(login("admin@recipeapi.com", TestApp.ADMIN_PASSWORD));

        HttpResponse<String> count = api.get(USERS);

        assertEquals(200, count.statusCode(), count.body());
        assertEquals(2, json(count).get("users").asInt()); // the admin and the cook
    }

    @Test
    void GET_admin_users_answers_403_to_an_ordinary_user_and_401_without_a_token() {
        assertProblem(api.get(USERS), 403);

        api.authorize(null);
        HttpResponse<String> anonymous = api.get(USERS);

        assertProblem(anonymous, 401);
        assertEquals(
                "Bearer", anonymous.headers().firstValue("WWW-Authenticate").orElse(""));
    }

    @Test
    void the_docs_say_the_route_needs_a_token_and_may_answer_403() {
        var get = json(api.get("/openapi.json")).at("/paths/~1api~1v1~1admin~1users/get");

        assertTrue(get.has("security"), get.toString());
        assertTrue(get.at("/responses").has("403"), get.toString());
    }
}
