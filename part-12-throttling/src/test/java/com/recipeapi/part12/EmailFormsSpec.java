package com.recipeapi.part12;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Part 12's emails: one account per address, however it is spelled, and none that only looks like another. */
class EmailFormsSpec extends ApiSpec {
    @ParameterizedTest(name = "sign-up refuses {0}")
    @ValueSource(
            strings = {
                "cook\u00A0@example.com", // a no-break space
                "cook@example.com.", // a trailing dot
                "co\u200Bok@example.com", // a zero-width space
                "сook@example.com", // a Cyrillic "с"
                "ｃｏｏｋ@example.com", // full-width letters
                "coo\u212A@example.com" // the Kelvin sign, which NFKC makes a K
            })
    void POST_signup_refuses_an_email_that_only_looks_like_another(String email) {
        assertInvalid(api.send("POST", "/api/v1/auth/signup", JSON, SignupSpec.body(email, PASSWORD)), "body", "email");
    }

    @ParameterizedTest(name = "{0} logs in as the cook")
    @ValueSource(strings = {"COOK@example.com", "\u00A0cook@example.com ", "ｃｏｏｋ@example.com", "coo\u212A@example.com"})
    void POST_login_takes_every_spelling_of_an_email_in_one_normal_form(String email) {
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);

        assertEquals(200, api.send("POST", "/api/v1/auth/login", FORM, form).statusCode());
    }

    @ParameterizedTest(name = "{0} answers 422")
    @ValueSource(strings = {"username=a@b.co&username=x@b.co&password=p", "password=p", "username=LONG&password=p"})
    void POST_login_with_a_field_missing_repeated_or_over_256_characters_answers_422(String form) {
        String sent = form.replace("LONG", "a".repeat(250) + "%40example.com");

        assertInvalid(api.send("POST", "/api/v1/auth/login", FORM, sent), "body", "username");
    }
}
