package com.recipeapi.part12;

import static com.recipeapi.part12.TestApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Part 12's accounts: ordinary users only, one per email; a login form in, a bearer token out. */
class SignupSpec extends ApiSpec {
    @Test
    void POST_login_answers_a_bearer_token_that_GET_me_accepts_and_neither_is_cached() {
        api.authorize(login(" Cook@Example.com", PASSWORD));
        HttpResponse<String> me = api.get("/api/v1/auth/me");

        assertEquals("cook@example.com", json(me).get("email").asText());
        assertEquals("no-store", me.headers().firstValue("Cache-Control").orElse(null));
    }

    @ParameterizedTest(name = "{0} answers {1}")
    @CsvSource({
        "username=cook@example.com&password=not+the+password, 401",
        "username=nobody@example.com&password=not+the+password, 401",
        "username=cook%00@example.com&password=not+the+password, 401",
        "username=%27%20OR%201%3D1%20--&password=%27%20OR%201%3D1%20--, 401",
        "username=cook@example.com&password=a+long+enough+password%00tail, 401",
        "username=cook@example.com&password=, 422"
    })
    void POST_login_with_a_wrong_or_bad_form_answers_4xx_and_never_says_who_exists(String form, int status) {
        HttpResponse<String> response = api.send("POST", "/api/v1/auth/login", FORM, form);

        assertProblem(response, status);
        assertEquals(
                status == 401 ? "Bearer" : null,
                response.headers().firstValue("WWW-Authenticate").orElse(null));
        assertProblem(api.send("POST", "/api/v1/auth/login", JSON, "{\"username\": \"cook@example.com\"}"), 415);
    }

    @Test
    void POST_signup_creates_an_ordinary_user_once_per_email_in_any_case_and_shows_no_password() {
        HttpResponse<String> created = signup(body(" Ann@Example.COM", PASSWORD));

        assertEquals(201, created.statusCode(), created.body());
        String ann = "{'id':3,'first_name':'Ann','surname':'Lee','email':'ann@example.com','is_superuser':false}";
        assertEquals(ann.replace('\'', '"'), created.body());
        assertProblem(signup(body("ANN@example.com", PASSWORD)), 409);
        assertInvalid(
                signup(body("eve@example.com", PASSWORD).replace("{", "{\"is_superuser\": 1, ")),
                "body",
                "is_superuser");
    }

    @ParameterizedTest(name = "email {0} answers 422")
    @ValueSource(
            strings = {"plain", "a@b@c.d", "a b@c.d", "ann\u200B@example.com", "ＡＮＮ@example.com", "аnn@example.com"})
    void POST_signup_with_an_invalid_email_answers_422(String email) {
        assertInvalid(signup(body(email, PASSWORD)), "body", "email");
    }

    @ParameterizedTest(name = "password {0} answers 422")
    @ValueSource(strings = {"short", "🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕", "eight\\u0007chars"})
    void POST_signup_with_a_password_outside_the_policy_answers_422(String password) {
        assertInvalid(signup(body("new@example.com", password)), "body", "password");
    }

    private HttpResponse<String> signup(String body) {
        return api.send("POST", "/api/v1/auth/signup", JSON, body);
    }

    static String body(String email, String password) {
        return "{\"email\": \"%s\", \"password\": \"%s\", \"first_name\": \"Ann\", \"surname\": \"Lee\"}"
                .formatted(email, password);
    }
}
