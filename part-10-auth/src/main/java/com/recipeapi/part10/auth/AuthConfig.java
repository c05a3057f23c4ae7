package com.recipeapi.part10.auth;

import com.recipeapi.part10.Settings;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * The security settings: {@code JWT_SECRET} (at least 32 bytes; a random one if unset),
 * {@code ACCESS_TOKEN_MINUTES} (default 30), {@code BCRYPT_COST} (default 12) and {@code ADMIN_PASSWORD}.
 */
public record AuthConfig(
        byte[] jwtSecret, boolean secretGenerated, Duration tokenLifetime, int bcryptCost, String adminPassword) {
    public static final int MIN_SECRET_BYTES = 32;

    public static AuthConfig fromEnvironment(Map<String, String> env) {
        String secret = env.get("JWT_SECRET");
        boolean generated = secret == null || secret.isBlank();
        byte[] key = generated ? randomBytes(MIN_SECRET_BYTES) : secret.getBytes(StandardCharsets.UTF_8);
        if (key.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("JWT_SECRET must be at least " + MIN_SECRET_BYTES
                    + " bytes (256 bits) for HS256; try: openssl rand -base64 48");
        }
        Duration lifetime = Duration.ofMinutes(Settings.integer(env, "ACCESS_TOKEN_MINUTES", 30, 1, 24 * 60));
        int cost = Settings.integer(env, "BCRYPT_COST", 12, 4, 31);
        String adminPassword = env.get("ADMIN_PASSWORD");
        if (adminPassword != null && !adminPassword.isBlank() && Passwords.problem(adminPassword) != null) {
            throw new IllegalArgumentException("ADMIN_PASSWORD " + Passwords.problem(adminPassword));
        }
        return new AuthConfig(key, generated, lifetime, cost, adminPassword);
    }

    static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    public static String randomPassword() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(18));
    }
}
