package com.recipeapi.part10;

import static com.recipeapi.part10.TestApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Part 10's login: a form in, a bearer token out, and the same answer whether or not the email exists. */
class LoginSpec extends ApiSpec {
    @Test
    void POST_login_answers_a_bearer_token_that_GET_me_accepts_and_neither_is_cached() {
        HttpResponse<String> login = api.send(
                "POST",
                "/api/v1/auth/login",
                FORM,
                "username=+Cook%40Example.com&password=" + PASSWORD.replace(' ', '+'));
        api.authorize(json(login).get("access_token").asText());
        HttpResponse<String> me = api.get("/api/v1/auth/me");

        assertEquals("bearer", json(login).get("token_type").asText());
        assertEquals("cook@example.com", json(me).get("email").asText());
        assertEquals("no-store", login.headers().firstValue("Cache-Control").orElse(null));
        assertEquals("no-store", me.headers().firstValue("Cache-Control").orElse(null));
    }

    /** Same status, body and header, after the same work: bcrypt runs once either way. */
    @ParameterizedTest(name = "{0} answers {1}")
    @CsvSource({
        "username=cook@example.com&password=not+the+password, 401",
        "username=nobody@example.com&password=not+the+password, 401",
        "username=%27%20OR%201%3D1%20--&password=%27%20OR%201%3D1%20--, 401",
        "username=cook@example.com&password=a+long+enough+password%00tail, 401",
        "username=cook@example.com, 422",
        "username=cook@example.com&password=, 422",
        "username=a&username=b&password=c, 422"
    })
    void POST_login_with_a_wrong_or_bad_form_answers_4xx_and_never_says_who_exists(String form, int status) {
        HttpResponse<String> response = api.send("POST", "/api/v1/auth/login", FORM, form);

        assertProblem(response, status);
        if (status == 401) {
            assertEquals(
                    "Incorrect username or password",
                    json(response).get("detail").asText());
            assertEquals(
                    "Bearer", response.headers().firstValue("WWW-Authenticate").orElse(null));
        }
        assertProblem(api.send("POST", "/api/v1/auth/login", JSON, "{\"username\": \"cook@example.com\"}"), 415);
    }
}
