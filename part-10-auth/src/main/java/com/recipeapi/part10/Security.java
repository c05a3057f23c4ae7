package com.recipeapi.part10;

import com.recipeapi.part10.auth.AdminPassword;
import com.recipeapi.part10.auth.AuthConfig;
import com.recipeapi.part10.auth.Passwords;
import com.recipeapi.part10.auth.Tokens;
import com.recipeapi.part10.db.Database;
import com.recipeapi.part10.db.UserRepository;
import java.time.Clock;

/** Password hashing and token signing, set up once at start, with the warnings a learner must see. */
public record Security(Passwords passwords, Tokens tokens) {
    public static Security of(AuthConfig config, Clock clock) {
        return new Security(new Passwords(config.bcryptCost()), new Tokens(config, clock));
    }

    /** Also makes sure the admin can log in, and says what a learner must know about the settings. */
    static Security start(AuthConfig config, Database database) {
        Security security = of(config, Clock.systemUTC());
        if (config.secretGenerated()) {
            System.out.println(
                    "WARNING: JWT_SECRET is not set; using a random key. Tokens will not survive a restart.");
        }
        AdminPassword.ensure(new UserRepository(database), security.passwords(), config.adminPassword())
                .ifPresent(password -> System.out.println("Generated a password for " + AdminPassword.ADMIN_EMAIL + ": "
                        + password + "  (shown once; set ADMIN_PASSWORD to choose your own)"));
        return security;
    }
}
