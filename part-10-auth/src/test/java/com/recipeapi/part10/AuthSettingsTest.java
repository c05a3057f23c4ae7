package com.recipeapi.part10;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recipeapi.part10.auth.AdminPassword;
import com.recipeapi.part10.auth.AuthConfig;
import com.recipeapi.part10.auth.Passwords;
import com.recipeapi.part10.db.UserRepository;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Part 10's settings: a key strong enough for HS256, and an admin who can always log in. */
class AuthSettingsTest {
    @Test
    void the_admin_password_is_generated_once_when_none_is_configured() {
        try (TestDatabase fresh = new TestDatabase()) {
            UserRepository users = new UserRepository(fresh.open());
            Passwords passwords = new Passwords(4);

            String generated = AdminPassword.ensure(users, passwords, null).orElseThrow();

            assertTrue(generated.length() >= 20, generated);
            assertTrue(passwords.verify(
                    generated, users.hashOf(AdminPassword.ADMIN_EMAIL).orElseThrow()));
            assertTrue(AdminPassword.ensure(users, passwords, null).isEmpty());
        }
    }

    @Test
    void a_JWT_secret_under_256_bits_is_refused() {
        assertThrows(
                IllegalArgumentException.class, () -> AuthConfig.fromEnvironment(Map.of("JWT_SECRET", "too short")));
        assertTrue(AuthConfig.fromEnvironment(Map.of()).secretGenerated());
    }

    @Test
    void a_BCRYPT_COST_out_of_range_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> AuthConfig.fromEnvironment(Map.of("BCRYPT_COST", "3")));
    }
}
