package com.recipeapi.part12;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Exercise 1: twenty failed logins in a row from one address lock that address, whatever the email. */
@Tag("exercise")
@Tag("exercise-1")
class AddressThrottleSpec extends ApiSpec {
    private HttpResponse<String> tryLogin(String email, String password) {
        String form = "username=" + URLEncoder.encode(email, UTF_8) + "&password=" + URLEncoder.encode(password, UTF_8);
        return api.send("POST", "/api/v1/auth/login", FORM, form);
    }

    @Test
    void POST_login_after_20_failures_from_one_address_answers_429_for_every_email() {
        for (int i = 0; i < 20; i++) {
            assertProblem(tryLogin("guess" + i + "@example.com", "not the password"), 401);
        }

        HttpResponse<String> locked = tryLogin("cook@example.com", PASSWORD);

        assertProblem(locked, 429);
        assertTrue(
                locked.headers().firstValue("Retry-After").isPresent(),
                locked.headers().toString());
    }

    @Test
    void a_locked_address_gets_429_even_for_an_email_it_never_tried() {
        for (int i = 0; i < 20; i++) {
            assertProblem(tryLogin("guess" + i + "@example.com", "not the password"), 401);
        }

        assertProblem(tryLogin("someone.new@example.com", "not the password"), 429);
    }
}
