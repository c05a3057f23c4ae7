package com.recipeapi.part10;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Part 10's sign-up: ordinary users only, one per email in any spelling, and passwords bcrypt can hold. */
class SignupSpec extends ApiSpec {
    @Test
    void POST_signup_creates_an_ordinary_user_once_per_email_in_any_case_and_shows_no_password() {
        HttpResponse<String> created = signup(body(" Ann@Example.COM", PASSWORD));

        assertEquals(201, created.statusCode(), created.body());
        assertEquals(
                "{\"id\":3,\"first_name\":\"Ann\",\"surname\":\"Lee\",\"email\":\"ann@example.com\","
                        + "\"is_superuser\":false}",
                created.body());
        assertProblem(signup(body("ANN@example.com", PASSWORD)), 409);
        assertInvalid(
                signup(body("eve@example.com", PASSWORD).replace("{", "{\"is_superuser\": true, ")),
                "body",
                "is_superuser");
    }

    /** Emails that are no address or look like another (zero-width space, full-width or Cyrillic letters). */
    @ParameterizedTest(name = "{0} / {1} answers 422 naming {2}")
    @CsvSource({
        "plain, " + PASSWORD + ", email",
        "a@b@c.d, " + PASSWORD + ", email",
        "a b@c.d, " + PASSWORD + ", email",
        "ann\u200B@example.com, " + PASSWORD + ", email",
        "ＡＮＮ@example.com, " + PASSWORD + ", email",
        "аnn@example.com, " + PASSWORD + ", email",
        "new@example.com, short, password",
        "new@example.com, 🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕, password", // 19 characters, 76 bytes: over bcrypt's
        // 72
        "new@example.com, eight\\u0007chars, password"
    })
    void POST_signup_with_an_invalid_email_or_password_answers_422(String email, String password, String field) {
        assertInvalid(signup(body(email, password)), "body", field);
    }

    private HttpResponse<String> signup(String body) {
        return api.send("POST", "/api/v1/auth/signup", JSON, body);
    }

    static String body(String email, String password) {
        return "{\"email\": \"%s\", \"password\": \"%s\", \"first_name\": \"Ann\", \"surname\": \"Lee\"}"
                .formatted(email, password);
    }
}
