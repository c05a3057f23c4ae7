package com.recipeapi.part11;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recipeapi.part11.auth.AuthConfig;
import com.recipeapi.part11.auth.Passwords;
import com.recipeapi.part11.db.UserRepository;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Part 11's passwords: login refuses what sign-up refuses, and a new BCRYPT_COST reaches every stored hash. */
class PasswordCostSpec extends ApiSpec {
    static AuthConfig withCost(int cost) {
        AuthConfig auth = TestApp.AUTH;
        return new AuthConfig(auth.jwtSecret(), false, auth.tokenLifetime(), cost, null);
    }

    private int tryLogin(String email, String password) {
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return api.send("POST", "/api/v1/auth/login", FORM, form).statusCode();
    }

    @ParameterizedTest(name = "the stored password {0} answers 401")
    @ValueSource(strings = {"followed by anything past 72 bytes", "with a NUL and anything"})
    void a_password_bcrypt_would_cut_short_never_logs_in(String what) {
        String stored = "p".repeat(what.contains("NUL") ? 71 : 72);
        api.send("POST", "/api/v1/auth/signup", JSON, SignupSpec.body("long@example.com", stored));
        assertEquals(200, tryLogin("long@example.com", stored));

        assertEquals(401, tryLogin("long@example.com", stored + (what.contains("NUL") ? "\0x" : "anything")));
    }

    @Test
    void after_BCRYPT_COST_changes_a_login_rehashes_the_password_at_the_new_cost() {
        UserRepository users = new UserRepository(api.database().current());
        assertEquals(
                4,
                Passwords.costOf(
                        users.credentials("cook@example.com").orElseThrow().hashedPassword()));

        api = api.restart(withCost(5));
        assertEquals(200, tryLogin("cook@example.com", PASSWORD));

        users = new UserRepository(api.database().current());
        assertEquals(
                5,
                Passwords.costOf(
                        users.credentials("cook@example.com").orElseThrow().hashedPassword()));
        assertEquals(200, tryLogin("cook@example.com", PASSWORD));
    }

    @Test
    void after_BCRYPT_COST_rises_an_unknown_email_takes_the_stored_hashes_cost_not_the_new_one() {
        long costly = median(() -> new Passwords(12).verify("a long enough password", null)); // cost 12's check
        api = api.restart(withCost(12)); // every stored hash is still at cost 4

        long unknown = median(() -> tryLogin("nobody" + System.nanoTime() + "@example.com", PASSWORD));

        assertTrue(unknown < costly / 2, "unknown email " + unknown + " ns, a cost-12 check " + costly + " ns");
    }

    private static long median(Runnable work) {
        long[] times = new long[5];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return times[2];
    }
}
