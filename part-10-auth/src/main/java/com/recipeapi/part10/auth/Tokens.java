package com.recipeapi.part10.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.auth0.jwt.interfaces.Verification;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Issues and checks signed access tokens (JWT, HS256): who (sub), when (iat), until when (exp), what (type). */
public final class Tokens {
    static final String ISSUER = "recipe-api";
    static final String TYPE = "access";
    private final AuthConfig config;
    private final Algorithm algorithm;
    private final Clock clock;
    private final JWTVerifier verifier;

    public Tokens(AuthConfig config, Clock clock) {
        this.config = config;
        this.algorithm = Algorithm.HMAC256(config.jwtSecret());
        this.clock = clock;
        // region verifier
        Verification rules = JWT.require(algorithm) // only HS256 with our key: "alg": "none" and other keys fail
                .withIssuer(ISSUER)
                .withClaim("type", TYPE)
                .withClaimPresence("sub")
                .withClaimPresence("iat")
                .withClaimPresence("exp")
                .acceptLeeway(5);
        this.verifier = ((JWTVerifier.BaseVerification) rules).build(clock);
        // endregion verifier
    }

    // region issue
    public String issue(int userId) {
        Instant now = clock.instant();
        return JWT.create()
                .withIssuer(ISSUER)
                .withSubject(Integer.toString(userId))
                .withClaim("type", TYPE)
                .withIssuedAt(now)
                .withExpiresAt(now.plus(config.tokenLifetime()))
                .sign(algorithm);
    }
    // endregion issue

    /** The user id the token was issued to, or empty if the token is not one of ours, valid, now. */
    public Optional<Integer> verify(String token) {
        try {
            DecodedJWT jwt = verifier.verify(token);
            boolean dated = jwt.getExpiresAtAsInstant() != null && jwt.getIssuedAtAsInstant() != null; // not null
            return dated && jwt.getSubject().matches("[1-9]\\d{0,9}")
                    ? Optional.of(Integer.valueOf(jwt.getSubject()))
                    : Optional.empty();
        } catch (JWTVerificationException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
