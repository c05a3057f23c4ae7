package com.recipeapi.part10;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Part 10's promise about tokens: every way one can be wrong answers 401 with WWW-Authenticate: Bearer. */
class BadTokensSpec extends ApiSpec {
    @ParameterizedTest(name = "{0} answers 401")
    @ValueSource(
            strings = {
                "missing",
                "empty",
                "Basic",
                "bearer-only",
                "garbage",
                "tampered",
                "expired",
                "other-key",
                "alg-none",
                "wrong-type",
                "no-expiry",
                "unknown-user",
                "huge"
            })
    void GET_me_with_a_bad_token_answers_401_with_WWW_Authenticate_Bearer(String kind) {
        HttpResponse<String> response = api.send(
                "GET", "/api/v1/auth/me", null, null, "Authorization", BadTokens.header(kind, api.currentToken()));

        assertProblem(response, 401);
        assertTrue(
                response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"),
                response.headers().toString());
    }

    @ParameterizedTest(name = "{0} on a write answers 401")
    @ValueSource(strings = {"expired", "alg-none", "tampered"})
    void POST_recipe_with_a_bad_token_answers_401_and_stores_nothing(String kind) {
        HttpResponse<String> response = api.send(
                "POST",
                RECIPES,
                JSON,
                BodySpec.valid("label", "\"Forged\""),
                "Authorization",
                BadTokens.header(kind, api.currentToken()));

        assertProblem(response, 401);
        assertEquals(
                "Bearer error=\"invalid_token\"",
                response.headers().firstValue("WWW-Authenticate").orElse(null));
        assertEquals(3, ids(api.get(EVERY_RECIPE)).size());
    }
}
