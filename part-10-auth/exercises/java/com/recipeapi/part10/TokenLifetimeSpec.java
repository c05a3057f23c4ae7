package com.recipeapi.part10;

import static com.recipeapi.part10.TestApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.auth0.jwt.JWT;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Exercise 2: the login answer says how long its token lives, in expires_in seconds (RFC 6749, section 5.1). */
@Tag("exercise")
@Tag("exercise-2")
class TokenLifetimeSpec extends ApiSpec {
    @Test
    void POST_login_answers_expires_in_the_seconds_until_the_token_expires() {
        HttpResponse<String> answer = api.send(
                "POST", "/api/v1/auth/login", FORM, "username=cook%40example.com&password=a+long+enough+password");

        assertEquals(200, answer.statusCode(), answer.body());
        assertExpiresIn(TestApp.AUTH.tokenLifetime(), json(answer));
    }

    @Test
    void POST_login_with_ACCESS_TOKEN_MINUTES_1_answers_expires_in_60() {
        try (ConfiguredApp app = new ConfiguredApp(Map.of("ACCESS_TOKEN_MINUTES", "1"))) {
            app.signup("cook@example.com");

            HttpResponse<String> answer = app.login("cook@example.com", PASSWORD);

            assertEquals(200, answer.statusCode(), answer.body());
            assertExpiresIn(Duration.ofMinutes(1), json(answer));
        }
    }

    @Test
    void GET_openapi_json_documents_expires_in_as_a_required_integer() {
        JsonNode docs = json(api.get("/openapi.json"));

        JsonNode answer = docs.at("/paths/~1api~1v1~1auth~1login/post/responses/200/content/application~1json/schema");
        JsonNode token =
                answer.has("$ref") ? docs.at(answer.get("$ref").asText().substring(1)) : answer;
        assertEquals("integer", token.at("/properties/expires_in/type").asText(), token.toString());
        assertTrue(token.path("required").toString().contains("\"expires_in\""), token.toString());
    }

    /** expires_in is the lifetime in seconds, and the token's own exp says the same. */
    private static void assertExpiresIn(Duration lifetime, JsonNode answer) {
        assertEquals(lifetime.toSeconds(), answer.path("expires_in").asLong(-1), answer.toString());
        DecodedJWT token = JWT.decode(answer.get("access_token").asText());
        assertEquals(
                lifetime.toSeconds(),
                token.getExpiresAtAsInstant().getEpochSecond()
                        - token.getIssuedAtAsInstant().getEpochSecond());
    }
}
