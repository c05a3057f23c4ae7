package com.recipeapi.part11.auth;

import com.recipeapi.part11.Settings;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;

/** {@code JWT_SECRET} (at least 32 bytes), {@code ACCESS_TOKEN_MINUTES}, {@code BCRYPT_COST}, {@code ADMIN_PASSWORD}. */
public record AuthConfig(
        byte[] jwtSecret, boolean secretGenerated, Duration tokenLifetime, int bcryptCost, String adminPassword) {
    public static AuthConfig fromEnvironment(Map<String, String> env) {
        String secret = env.getOrDefault("JWT_SECRET", "");
        byte[] key = secret.isBlank() ? random(32) : secret.getBytes(StandardCharsets.UTF_8);
        if (key.length < 32) {
            throw new IllegalArgumentException(
                    "JWT_SECRET must be at least 32 bytes (256 bits) for HS256; try: openssl rand -base64 48");
        }
        String admin = env.get("ADMIN_PASSWORD");
        Duration lifetime = Duration.ofMinutes(Settings.integer(env, "ACCESS_TOKEN_MINUTES", 30, 1, 24 * 60));
        return new AuthConfig(key, secret.isBlank(), lifetime, Settings.integer(env, "BCRYPT_COST", 12, 4, 31), admin);
    }

    private static byte[] random(int count) {
        byte[] bytes = new byte[count];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
