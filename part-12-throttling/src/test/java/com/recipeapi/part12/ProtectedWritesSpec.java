package com.recipeapi.part12;

import static com.recipeapi.part12.BodySpec.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Part 12's protected writes: a bad token is a 401, and a recipe is deleted by its submitter or a superuser. */
class ProtectedWritesSpec extends ApiSpec {
    @ParameterizedTest(name = "a token {0} answers 401")
    @CsvSource({
        "signed with another key, access, 2, 0, another key of at least 32 bytes!!",
        "signed with alg none, access, 2, 0, none",
        "of another type, refresh, 2, 0, ",
        "that expired, access, 2, 7200, ",
        "without an expiry, access, 2, -1, ",
        "for a user that does not exist, access, 999, 0, ",
        "that is garbage, , , , "
    })
    void a_bad_token_answers_401_with_WWW_Authenticate_Bearer_and_writes_nothing(
            String what, String type, String sub, Integer age, String key) {
        String token = "not.a.token";
        if (type != null) {
            Instant issued = Instant.now().minusSeconds(Math.max(age, 0));
            var jwt = JWT.create().withIssuer("recipe-api").withSubject(sub).withClaim("type", type);
            jwt.withIssuedAt(issued).withExpiresAt(age < 0 ? null : issued.plusSeconds(600));
            token = jwt.sign(
                    key == null
                            ? Algorithm.HMAC256(TestApp.AUTH.jwtSecret())
                            : key.equals("none") ? Algorithm.none() : Algorithm.HMAC256(key));
        }
        api.authorize(null); // no token at all, then bad ones
        for (String header : List.of("", "Bearer " + token, "Basic " + token, "Bearer")) {
            HttpResponse<String> me = api.send("GET", "/api/v1/auth/me", null, null, "Authorization", header);
            HttpResponse<String> post =
                    api.send("POST", RECIPES, JSON, BodySpec.valid("label", "\"X\""), "Authorization", header);
            for (HttpResponse<String> response : List.of(me, post)) {
                assertProblem(response, 401);
                assertTrue(response.headers()
                        .firstValue("WWW-Authenticate")
                        .orElse("")
                        .startsWith("Bearer"));
            }
        }
        assertEquals(List.of(1, 2, 3), ids(api.get(EVERY_RECIPE)));
    }

    // region delete_test
    @Test
    void DELETE_recipe_is_for_its_submitter_or_a_superuser_only() {
        String recipe = api.send("POST", RECIPES, JSON, valid("label", "\"Mine\""))
                .headers()
                .firstValue("Location")
                .orElseThrow();
        String cook = login("cook@example.com", PASSWORD);
        api.authorize(token("other@example.com"));
        assertEquals(
                3,
                TestApp.json(api.send("POST", RECIPES, JSON, valid("label", "\"Theirs\"")))
                        .get("submitter_id")
                        .asInt());

        assertProblem(api.send("DELETE", recipe, null, null), 403);
        assertProblem(api.send("DELETE", recipe(1), null, null), 403);
        api.authorize(cook);
        assertEquals(204, api.send("DELETE", recipe, null, null).statusCode());
        assertProblem(api.get(recipe), 404);
        api.authorize(login("admin@recipeapi.com", TestApp.ADMIN_PASSWORD));
        assertEquals(204, api.send("DELETE", recipe(2), null, null).statusCode());
        api.authorize(null);
        assertProblem(api.send("DELETE", recipe(1), null, null), 401);
    }
    // endregion delete_test
}
