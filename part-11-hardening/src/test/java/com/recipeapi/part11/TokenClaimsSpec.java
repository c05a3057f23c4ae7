package com.recipeapi.part11;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.auth0.jwt.algorithms.Algorithm;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Part 11's tokens: signed with our key is not enough; every claim must be there, of its type, and sane. */
class TokenClaimsSpec extends ApiSpec {
    @ParameterizedTest(name = "a token with {0} answers 401")
    @CsvSource(
            delimiter = '|',
            value = {
                "exp null           | \"exp\": null, \"iat\": NOW, \"sub\": \"2\"",
                "iat null           | \"exp\": LATER, \"iat\": null, \"sub\": \"2\"",
                "sub null           | \"exp\": LATER, \"iat\": NOW, \"sub\": null",
                "sub a number       | \"exp\": LATER, \"iat\": NOW, \"sub\": 2",
                "sub not digits     | \"exp\": LATER, \"iat\": NOW, \"sub\": \"2 OR 1=1\"",
                "exp a string       | \"exp\": \"LATER\", \"iat\": NOW, \"sub\": \"2\"",
                "a 100-year life    | \"exp\": CENTURY, \"iat\": NOW, \"sub\": \"2\"",
                "iat in the future  | \"exp\": CENTURY, \"iat\": LATER, \"sub\": \"2\""
            })
    void a_token_signed_with_our_key_but_with_a_missing_wrong_or_insane_claim_answers_401(String what, String claims) {
        long now = Instant.now().getEpochSecond();
        String payload = "{\"iss\": \"recipe-api\", \"type\": \"access\", "
                + claims.replace("NOW", Long.toString(now))
                        .replace("LATER", Long.toString(now + 600))
                        .replace("CENTURY", Long.toString(now + 100L * 365 * 24 * 3600))
                + "}";

        HttpResponse<String> me =
                api.send("GET", "/api/v1/auth/me", null, null, "Authorization", "Bearer " + sign(payload));

        assertProblem(me, 401);
        assertEquals(
                "Bearer error=\"invalid_token\"",
                me.headers().firstValue("WWW-Authenticate").orElse(""));
    }

    /** A token as anyone holding the key could make it, with any JSON as its payload. */
    static String sign(String payload) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String content = base64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + base64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        byte[] signature = Algorithm.HMAC256(TestApp.AUTH.jwtSecret())
                .sign(
                        content.split("\\.")[0].getBytes(StandardCharsets.UTF_8),
                        content.split("\\.")[1].getBytes(StandardCharsets.UTF_8));
        return content + "." + base64.encodeToString(signature);
    }
}
