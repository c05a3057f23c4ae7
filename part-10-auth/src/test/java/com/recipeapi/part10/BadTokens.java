package com.recipeapi.part10;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Authorization headers that must all be refused, each wrong in one way, built from a valid token. */
final class BadTokens {
    private static final Algorithm OUR_KEY = Algorithm.HMAC256(TestApp.AUTH.jwtSecret());
    private static final Algorithm OTHER_KEY = Algorithm.HMAC256("another secret of at least 32 bytes!!");

    private BadTokens() {}

    static String header(String kind, String valid) {
        Instant now = Instant.now();
        return switch (kind) {
            case "missing" -> "";
            case "empty" -> "Bearer ";
            case "Basic" -> "Basic Y29va0BleGFtcGxlLmNvbTpwYXNzd29yZA==";
            case "bearer-only" -> "Bearer";
            case "garbage" -> "Bearer not.a.token";
            case "tampered" -> "Bearer " + tamper(valid);
            case "expired" -> "Bearer " + token(OUR_KEY, "access", now.minusSeconds(7200), now.minusSeconds(3600), "2");
            case "other-key" -> "Bearer " + token(OTHER_KEY, "access", now, now.plusSeconds(600), "2");
            case "alg-none" ->
                "Bearer "
                        + JWT.create()
                                .withIssuer("recipe-api")
                                .withSubject("1")
                                .withClaim("type", "access")
                                .withIssuedAt(now)
                                .withExpiresAt(now.plusSeconds(600))
                                .sign(Algorithm.none());
            case "wrong-type" -> "Bearer " + token(OUR_KEY, "refresh", now, now.plusSeconds(600), "2");
            case "no-expiry" ->
                "Bearer "
                        + JWT.create()
                                .withIssuer("recipe-api")
                                .withSubject("2")
                                .withClaim("type", "access")
                                .withIssuedAt(now)
                                .sign(OUR_KEY);
            case "unknown-user" -> "Bearer " + token(OUR_KEY, "access", now, now.plusSeconds(600), "999");
            case "huge" -> "Bearer " + "a".repeat(3000) + "." + "b".repeat(3000) + ".c";
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static String token(Algorithm key, String type, Instant issued, Instant expires, String subject) {
        return JWT.create()
                .withIssuer("recipe-api")
                .withSubject(subject)
                .withClaim("type", type)
                .withIssuedAt(issued)
                .withExpiresAt(expires)
                .sign(key);
    }

    /** The same token with its payload changed to another user: the signature no longer matches. */
    private static String tamper(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String changed = payload.replaceAll("\"sub\":\"\\d+\"", "\"sub\":\"1\"");
        return parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(changed.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2];
    }
}
