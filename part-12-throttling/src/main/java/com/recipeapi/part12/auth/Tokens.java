package com.recipeapi.part12.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Issues and checks signed access tokens (JWT, HS256): who (sub), when (iat), until when (exp), what (type). */
public final class Tokens {
    private final Algorithm algorithm;
    private final Duration lifetime;
    private final Clock clock;
    private final JWTVerifier verifier;

    public Tokens(AuthConfig config, Clock clock) {
        this.algorithm = Algorithm.HMAC256(config.jwtSecret());
        this.lifetime = config.tokenLifetime();
        this.clock = clock;
        // region verifier
        var rules = JWT.require(algorithm) // only HS256 with our key: "alg": "none" and other keys fail
                .withIssuer("recipe-api")
                .withClaim("type", "access")
                .acceptLeeway(5);
        this.verifier = ((JWTVerifier.BaseVerification) rules).build(clock);
        // endregion verifier
    }

    // region issue
    public String issue(int userId) {
        Instant now = clock.instant();
        return JWT.create()
                .withIssuer("recipe-api")
                .withSubject(Integer.toString(userId))
                .withClaim("type", "access")
                .withIssuedAt(now)
                .withExpiresAt(now.plus(lifetime))
                .sign(algorithm);
    }
    // endregion issue

    // region verify
    /**
     * The user id in a token we issued and that is still valid. java-jwt skips a claim that is present but
     * null, so the types are checked here: numeric exp and iat, sub a string of digits; and no token may
     * claim to live longer than tokens are issued for, or to be issued in the future.
     */
    public Optional<Integer> verify(String token) {
        try {
            DecodedJWT jwt = verifier.verify(token);
            Instant issued = jwt.getIssuedAtAsInstant();
            Instant expires = jwt.getExpiresAtAsInstant();
            boolean sound = issued != null
                    && expires != null
                    && !issued.isAfter(clock.instant().plusSeconds(5))
                    && Duration.between(issued, expires).compareTo(lifetime) <= 0
                    && jwt.getClaim("sub").asString() != null
                    && jwt.getSubject().matches("[1-9]\\d{0,9}");
            return sound ? Optional.of(Integer.valueOf(jwt.getSubject())) : Optional.empty();
        } catch (JWTVerificationException | NumberFormatException e) {
            return Optional.empty();
        }
    }
    // endregion verify
}
