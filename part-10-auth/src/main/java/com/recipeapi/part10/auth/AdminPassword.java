package com.recipeapi.part10.auth;

import com.recipeapi.part10.db.UserRepository;
import java.util.Optional;

/** Gives the seeded superuser a password at start: {@code ADMIN_PASSWORD}, or a random one shown once. */
public final class AdminPassword {
    public static final String ADMIN_EMAIL = "admin@recipeapi.com";

    private AdminPassword() {}

    // region ensure
    /** Returns the password it generated, if it had to; it is never stored in clear, so it is shown only now. */
    public static Optional<String> ensure(UserRepository users, Passwords passwords, String configured) {
        String hash = users.hashOf(ADMIN_EMAIL).orElse(null);
        if (configured != null && !configured.isBlank()) {
            if (hash == null || !passwords.verify(configured, hash)) {
                users.setPassword(ADMIN_EMAIL, passwords.hash(configured));
            }
            return Optional.empty();
        }
        if (hash != null) {
            return Optional.empty();
        }
        String generated = AuthConfig.randomPassword();
        users.setPassword(ADMIN_EMAIL, passwords.hash(generated));
        return Optional.of(generated);
    }
    // endregion ensure
}
