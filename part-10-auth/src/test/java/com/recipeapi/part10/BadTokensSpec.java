package com.recipeapi.part10;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Part 10's promise about tokens: every way one can be wrong answers 401 with WWW-Authenticate: Bearer. */
class BadTokensSpec extends ApiSpec {
    // region bad_tokens_test
    /** What the header holds: "Bearer " and a token of the {@code type} for user {@code sub}, unless said otherwise. */
    @ParameterizedTest(name = "{0} answers 401")
    @CsvSource({
        "signed with another key, access, 2, another key of at least 32 bytes!!",
        "of another type, refresh, 2, ",
        "expired, access, 2, ",
        "without an expiry, access, 2, ",
        "not signed (alg: none), access, 1, ",
        "for a user that does not exist, access, 999, ",
        "tampered with, , , ",
        "Basic, , , ",
        "Bearer alone, , , ",
        "garbage, , , ",
        "huge, , , "
    })
    void a_bad_token_answers_401_with_WWW_Authenticate_Bearer_and_writes_nothing(
            String what, String type, String sub, String otherKey) {
        String header = header(what, type, sub, otherKey);

        HttpResponse<String> me = api.send("GET", "/api/v1/auth/me", null, null, "Authorization", header);
        HttpResponse<String> post =
                api.send("POST", RECIPES, JSON, BodySpec.valid("label", "\"Forged\""), "Authorization", header);

        for (HttpResponse<String> response : List.of(me, post)) {
            assertProblem(response, 401);
            assertTrue(
                    response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        }
        assertEquals(List.of(1, 2, 3), ids(api.get(EVERY_RECIPE)));
    }
    // endregion bad_tokens_test

    private String header(String what, String type, String sub, String otherKey) {
        Instant now = Instant.now();
        String valid = api.currentToken();
        return switch (what) {
            case "Basic" -> "Basic Y29va0BleGFtcGxlLmNvbTpwYXNzd29yZA==";
            case "Bearer alone" -> "Bearer";
            case "garbage" -> "Bearer not.a.token";
            case "huge" -> "Bearer " + "a".repeat(3000) + "." + "b".repeat(3000) + ".c";
            case "tampered with" ->
                "Bearer " + valid.substring(0, valid.indexOf('.') + 5) + "X" + valid.substring(valid.indexOf('.') + 6);
            default -> {
                Instant issued = what.equals("expired") ? now.minusSeconds(7200) : now;
                var token = JWT.create()
                        .withIssuer("recipe-api")
                        .withSubject(sub)
                        .withClaim("type", type)
                        .withIssuedAt(issued)
                        .withExpiresAt(what.startsWith("without") ? null : issued.plusSeconds(600));
                Algorithm key = Algorithm.HMAC256(otherKey == null ? TestApp.AUTH.jwtSecret() : otherKey.getBytes());
                yield "Bearer " + token.sign(what.startsWith("not signed") ? Algorithm.none() : key);
            }
        };
    }
}
