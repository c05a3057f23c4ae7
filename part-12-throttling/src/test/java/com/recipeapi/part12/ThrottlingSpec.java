package com.recipeapi.part12;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recipeapi.part12.auth.AuthConfig;
import com.recipeapi.part12.auth.Throttling;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Part 12's throttling: guessing a password, or making accounts in bulk, soon answers 429 with Retry-After. */
class ThrottlingSpec extends ApiSpec {
    static final Throttling LIMITS = new Throttling(3, Duration.ofSeconds(1), Duration.ofSeconds(4), 5);

    @Override
    AuthConfig settings() {
        AuthConfig auth = TestApp.AUTH;
        return new AuthConfig(auth.jwtSecret(), false, auth.tokenLifetime(), 4, null, LIMITS);
    }

    private HttpResponse<String> tryLogin(String email, String password) {
        String form = "username=" + URLEncoder.encode(email, UTF_8) + "&password=" + URLEncoder.encode(password, UTF_8);
        return api.send("POST", "/api/v1/auth/login", FORM, form);
    }

    private static String retryAfter(HttpResponse<String> response) {
        return response.headers().firstValue("Retry-After").orElse(null);
    }

    @Test
    void POST_login_after_three_failures_answers_429_with_Retry_After_even_for_the_right_password() {
        for (int i = 0; i < 3; i++) {
            assertProblem(tryLogin("cook@example.com", "not the password"), 401);
        }

        HttpResponse<String> locked = tryLogin("cook@example.com", PASSWORD);

        assertProblem(locked, 429);
        assertEquals("1", retryAfter(locked));
    }

    @Test
    void a_locked_unknown_email_answers_exactly_like_a_locked_known_one() {
        List<HttpResponse<String>> locked = new ArrayList<>();
        for (String email : List.of("cook@example.com", "nobody@example.com")) {
            for (int i = 0; i < 3; i++) {
                assertProblem(tryLogin(email, "not the password"), 401);
            }
            locked.add(tryLogin(email, "not the password"));
        }

        assertProblem(locked.get(0), 429);
        assertEquals(
                locked.get(0).body().replace("cook", ""), locked.get(1).body().replace("cook", ""));
        assertEquals(retryAfter(locked.get(0)), retryAfter(locked.get(1)));
    }

    @Test
    void the_lock_doubles_with_each_failure_after_it_ends() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            tryLogin("cook@example.com", "not the password");
        }
        assertEquals("1", retryAfter(tryLogin("cook@example.com", PASSWORD)));

        Thread.sleep(1100);

        assertProblem(tryLogin("cook@example.com", "not the password"), 401);
        assertEquals("2", retryAfter(tryLogin("cook@example.com", PASSWORD)));
    }

    @Test
    void a_successful_login_resets_the_count() {
        tryLogin("cook@example.com", "not the password");
        tryLogin("cook@example.com", "not the password");
        login("cook@example.com", PASSWORD);
        tryLogin("cook@example.com", "not the password");
        tryLogin("cook@example.com", "not the password");

        assertEquals(200, tryLogin("cook@example.com", PASSWORD).statusCode());
    }

    @Test
    void spellings_of_one_email_share_one_count() {
        for (String email : List.of("COOK@example.com", "\u00A0cook@example.com\u00A0", "ｃｏｏｋ@example.com")) {
            assertProblem(tryLogin(email, "not the password"), 401);
        }

        assertProblem(tryLogin("cook@example.com", PASSWORD), 429);
    }

    @Test
    void a_name_NFKC_makes_longer_than_any_email_answers_401_and_is_never_counted() {
        String name = "\uFDFA".repeat(20) + "@example.com"; // 32 characters, 372 in NFKC

        for (int i = 0; i < 5; i++) {
            assertProblem(tryLogin(name, "not the password"), 401);
        }
    }

    @Test
    void a_failed_login_is_logged_as_one_line_without_the_password_or_forged_lines() throws IOException {
        String marker = UUID.randomUUID().toString();
        long mark = AppLog.mark();

        tryLogin("evil-" + marker + "\r\nWARN forged\u2028line@example.com", "secret " + marker);

        List<String> lines = AppLog.since(mark).lines().toList();
        assertEquals(1, lines.stream().filter(l -> l.contains(marker)).count(), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("Failed login for evil-" + marker + "\\u000d\\u000a")));
        assertTrue(lines.stream().noneMatch(l -> l.contains("secret " + marker)), lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("WARN forged")), lines.toString());
    }

    @Test
    void POST_signup_past_the_hourly_limit_per_address_answers_429_whatever_X_Forwarded_For_says() {
        for (int i = 1; i < 5; i++) { // the cook was the first
            String body = SignupSpec.body("user" + i + "@example.com", PASSWORD);
            assertEquals(
                    201, api.send("POST", "/api/v1/auth/signup", JSON, body).statusCode());
        }

        HttpResponse<String> sixth = api.send(
                "POST",
                "/api/v1/auth/signup",
                JSON,
                SignupSpec.body("user6@example.com", PASSWORD),
                "X-Forwarded-For",
                "10.1.2.3");

        assertProblem(sixth, 429);
        long seconds = Long.parseLong(retryAfter(sixth));
        assertTrue(seconds > 3500 && seconds <= 3600, "Retry-After: " + seconds);
    }

    @Test
    void the_limits_are_settings_with_defaults_and_bounds() {
        assertEquals(
                new Throttling(5, Duration.ofSeconds(1), Duration.ofMinutes(15), 20),
                Throttling.fromEnvironment(Map.of()));
        assertEquals(
                new Throttling(10, Duration.ofSeconds(2), Duration.ofSeconds(60), 3),
                Throttling.fromEnvironment(Map.of(
                        "LOGIN_MAX_FAILURES", "10",
                        "LOGIN_LOCK_SECONDS", "2",
                        "LOGIN_MAX_LOCK_SECONDS", "60",
                        "SIGNUP_PER_HOUR", "3")));
        for (String wrong : List.of("0", "-1", "lots", "99999999999")) {
            assertThrows(() -> Throttling.fromEnvironment(Map.of("LOGIN_MAX_FAILURES", wrong)));
        }
    }

    private static void assertThrows(Runnable settings) {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, settings::run);
    }
}
