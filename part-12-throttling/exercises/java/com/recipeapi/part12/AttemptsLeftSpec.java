package com.recipeapi.part12;

import static com.recipeapi.part12.TestApp.json;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Exercise 2: a failed login says, in X-Login-Attempts-Left, how many failures are left before the lock. */
@Tag("exercise")
@Tag("exercise-2")
class AttemptsLeftSpec extends ApiSpec {
    private HttpResponse<String> tryLogin(String email, String password) {
        String form = "username=" + URLEncoder.encode(email, UTF_8) + "&password=" + URLEncoder.encode(password, UTF_8);
        return api.send("POST", "/api/v1/auth/login", FORM, form);
    }

    private static Optional<String> left(HttpResponse<String> response) {
        return response.headers().firstValue("X-Login-Attempts-Left");
    }

    @Test
    void each_failed_login_says_how_many_failures_are_left_and_a_lock_says_nothing() {
        for (int failures = 1; failures <= 5; failures++) {
            HttpResponse<String> failed = tryLogin("cook@example.com", "not the password");
            assertProblem(failed, 401);
            assertEquals(Optional.of(Integer.toString(5 - failures)), left(failed));
        }

        HttpResponse<String> locked = tryLogin("cook@example.com", PASSWORD);

        assertProblem(locked, 429);
        assertEquals(Optional.empty(), left(locked));
    }

    @Test
    void the_docs_describe_the_header_on_the_login_s_401() {
        var headers = json(api.get("/openapi.json")).at("/paths/~1api~1v1~1auth~1login/post/responses/401/headers");

        assertTrue(headers.has("X-Login-Attempts-Left"), headers.toString());
    }
}
