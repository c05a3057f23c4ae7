package com.recipeapi.part10;

import static com.recipeapi.part10.TestApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recipeapi.part10.auth.Passwords;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Part 10's login: a form in, a bearer token out, and the same answer whether or not the email exists. */
class LoginSpec extends ApiSpec {
    static final String LOGIN = "/api/v1/auth/login";

    @Test
    void POST_login_answers_a_bearer_token_that_GET_me_accepts() {
        api.authorize(null);
        HttpResponse<String> response =
                api.send("POST", LOGIN, FORM, "username=Cook%40Example.com&password=a+long+enough+password");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("bearer", json(response).get("token_type").asText());
        api.authorize(json(response).get("access_token").asText());
        assertEquals(
                "cook@example.com",
                json(api.get("/api/v1/auth/me")).get("email").asText());
    }

    @Test
    void the_token_and_the_caller_are_never_cached() {
        HttpResponse<String> login = api.send("POST", LOGIN, FORM, "username=cook@example.com&password=" + PASSWORD);

        assertEquals("no-store", login.headers().firstValue("Cache-Control").orElse(null));
        assertEquals(
                "no-store",
                api.get("/api/v1/auth/me").headers().firstValue("Cache-Control").orElse(null));
    }

    @Test
    void a_wrong_password_and_an_unknown_email_get_the_same_answer() {
        HttpResponse<String> wrongPassword =
                api.send("POST", LOGIN, FORM, "username=cook@example.com&password=not+the+password");
        HttpResponse<String> unknownEmail =
                api.send("POST", LOGIN, FORM, "username=nobody@example.com&password=not+the+password");

        assertProblem(wrongPassword, 401);
        assertEquals(wrongPassword.body(), unknownEmail.body());
        assertEquals(
                wrongPassword.headers().firstValue("WWW-Authenticate"),
                unknownEmail.headers().firstValue("WWW-Authenticate"));
    }

    @Test
    void a_wrong_password_and_an_unknown_email_take_about_the_same_time() {
        Passwords slow = new Passwords(10);
        String hash = slow.hash("the password");

        long known = median(() -> slow.verify("wrong password", hash));
        long unknown = median(() -> slow.verify("wrong password", null));

        assertTrue(unknown > known / 3 && unknown < known * 3, known + " ns vs " + unknown + " ns");
    }

    @Test
    void a_password_is_rehashed_at_login_when_BCRYPT_COST_changed() {
        Passwords before = new Passwords(4);
        Passwords after = new Passwords(5);

        assertTrue(after.needsRehash(before.hash(PASSWORD)));
        assertTrue(!after.needsRehash(after.hash(PASSWORD)));
    }

    @ParameterizedTest(name = "login form {0} answers {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "username=cook@example.com | 422",
                "password=x | 422",
                "'' | 422",
                "username=cook@example.com&password= | 422",
                "username=a&username=b&password=c | 422",
                "username=%27%20OR%201%3D1%20--&password=%27%20OR%201%3D1%20-- | 401",
                "username=cook@example.com&password=%E2%9C%93%F0%9F%8D%95 | 401",
                "username=cook@example.com&password=a+long+enough+password%00tail | 401"
            })
    void POST_login_with_a_bad_form_answers_4xx(String form, int status) {
        assertProblem(api.send("POST", LOGIN, FORM, form), status);
    }

    @Test
    void POST_login_with_JSON_instead_of_a_form_answers_415() {
        String body = "{\"username\": \"cook@example.com\", \"password\": \"a long enough password\"}";

        assertProblem(api.send("POST", LOGIN, JSON, body), 415);
    }

    @Test
    void POST_login_with_a_huge_password_answers_4xx_quickly() {
        HttpResponse<String> response =
                api.send("POST", LOGIN, FORM, "username=cook@example.com&password=" + "x".repeat(50_000));

        assertTrue(response.statusCode() == 422 || response.statusCode() == 413, response.body());
    }

    private static long median(Runnable check) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            check.run();
            times.add(System.nanoTime() - start);
        }
        Collections.sort(times);
        return times.get(2);
    }
}
