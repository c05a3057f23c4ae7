package com.recipeapi.part10;

import com.recipeapi.part10.auth.AuthConfig;
import com.recipeapi.part10.auth.Passwords;
import com.recipeapi.part10.auth.Tokens;
import com.recipeapi.part10.db.Database;
import com.recipeapi.part10.db.UserRepository;
import java.time.Clock;
import java.util.Optional;

/** Password hashing and token signing, set up once at start, with the warnings a learner must see. */
public record Security(Passwords passwords, Tokens tokens) {
    public static final String ADMIN_EMAIL = "admin@recipeapi.com";

    public static Security of(AuthConfig config, Clock clock) {
        return new Security(new Passwords(config.bcryptCost()), new Tokens(config, clock));
    }

    static Security start(AuthConfig config, Database database) {
        Security security = of(config, Clock.systemUTC());
        if (config.secretGenerated()) {
            System.out.println(
                    "WARNING: JWT_SECRET is not set; using a random key. Tokens will not survive a restart.");
        }
        security.ensureAdminPassword(new UserRepository(database), config.adminPassword())
                .ifPresent(password -> System.out.println("Generated a password for " + ADMIN_EMAIL + ": " + password
                        + "  (shown once; set ADMIN_PASSWORD to choose your own)"));
        return security;
    }

    // region ensure
    /** Gives the seeded superuser {@code ADMIN_PASSWORD}, or a random password, returned to be shown once. */
    public Optional<String> ensureAdminPassword(UserRepository users, String configured) {
        String hash = users.credentials(ADMIN_EMAIL)
                .map(UserRepository.Credentials::hashedPassword)
                .orElse(null);
        if (configured != null && !configured.isBlank()) {
            if (hash == null || !passwords.verify(configured, hash)) {
                users.setPassword(ADMIN_EMAIL, passwords.hash(configured));
            }
            return Optional.empty();
        }
        if (hash != null) {
            return Optional.empty(); // it was shown at the start that set it, and is stored only as a hash
        }
        String generated = AuthConfig.randomPassword();
        users.setPassword(ADMIN_EMAIL, passwords.hash(generated));
        return Optional.of(generated);
    }
    // endregion ensure
}
