package com.recipeapi.part10;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Exercise 3: five failed logins in a row lock the email for LOGIN_LOCK_SECONDS, the right password too. */
@Tag("exercise")
@Tag("exercise-3")
class LockoutSpec extends ApiSpec {
    @Test
    void POST_login_after_five_failures_answers_429_with_Retry_After_even_for_the_right_password() {
        token("other@example.com");
        for (String email : new String[] {"cook@example.com", "Cook@Example.com", " COOK@example.com"}) {
            assertProblem(loginAnswer(email, "not the password"), 401);
        }
        assertProblem(loginAnswer("cook@example.com", "not the password either"), 401);
        assertProblem(loginAnswer("cook@example.com", "still not the password"), 401);

        HttpResponse<String> locked = loginAnswer("cook@example.com", PASSWORD);

        assertProblem(locked, 429);
        int retryAfter =
                Integer.parseInt(locked.headers().firstValue("Retry-After").orElse("0"));
        assertTrue(retryAfter > 50 && retryAfter <= 60, "Retry-After: " + retryAfter);
        assertEquals(200, loginAnswer("other@example.com", PASSWORD).statusCode(), "another email is not locked");
    }

    @Test
    void POST_login_after_a_success_counts_failures_from_zero() {
        for (int i = 0; i < 4; i++) {
            assertProblem(loginAnswer("cook@example.com", "not the password"), 401);
        }
        assertEquals(200, loginAnswer("cook@example.com", PASSWORD).statusCode());
        for (int i = 0; i < 5; i++) {
            assertProblem(loginAnswer("cook@example.com", "not the password"), 401);
        }

        assertProblem(loginAnswer("cook@example.com", PASSWORD), 429);
    }

    @Test
    void POST_login_with_LOGIN_LOCK_SECONDS_1_is_locked_for_a_second_then_counts_from_zero() throws Exception {
        try (ConfiguredApp app = new ConfiguredApp(Map.of("LOGIN_LOCK_SECONDS", "1"))) {
            app.signup("cook@example.com");
            for (int i = 0; i < 5; i++) {
                assertProblem(app.login("cook@example.com", "not the password"), 401);
            }

            HttpResponse<String> locked = app.login("cook@example.com", PASSWORD);
            Thread.sleep(1100);

            assertProblem(locked, 429);
            assertEquals("1", locked.headers().firstValue("Retry-After").orElse(null));
            assertEquals(200, app.login("cook@example.com", PASSWORD).statusCode());
            assertProblem(app.login("cook@example.com", "not the password"), 401);
        }
    }

    private HttpResponse<String> loginAnswer(String email, String password) {
        String form = "username=" + URLEncoder.encode(email, UTF_8) + "&password=" + URLEncoder.encode(password, UTF_8);
        return api.send("POST", "/api/v1/auth/login", FORM, form);
    }
}
