package com.recipeapi.part10;

import static com.recipeapi.part10.TestApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Part 10's sign-up: ordinary users only, one per email in any spelling, and passwords bcrypt can hold. */
class SignupSpec extends ApiSpec {
    static final String SIGNUP = "/api/v1/auth/signup";

    @Test
    void POST_signup_creates_an_ordinary_user_with_a_lower_case_email_and_no_password_in_sight() {
        HttpResponse<String> response = signup("Ann@Example.COM");

        assertEquals(201, response.statusCode(), response.body());
        assertEquals("ann@example.com", json(response).get("email").asText());
        assertFalse(json(response).get("is_superuser").asBoolean());
        List<String> fields = new ArrayList<>();
        json(response).fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("id", "first_name", "surname", "email", "is_superuser"), fields);
    }

    @Test
    void POST_signup_with_an_email_taken_in_any_case_answers_409() {
        signup("ann@example.com");

        assertProblem(signup("ANN@example.com"), 409);
        assertProblem(signup(" ann@example.com "), 409);
    }

    @Test
    void POST_signup_cannot_make_a_superuser() {
        String body = body("eve@example.com", PASSWORD).replace("{", "{\"is_superuser\": true, ");

        assertInvalid(api.send("POST", SIGNUP, JSON, body), "body", "is_superuser");
        api.authorize(null);
        assertProblem(api.send("POST", "/api/v1/auth/login", FORM, "username=eve@example.com&password=x"), 401);
    }

    @ParameterizedTest(name = "email {0} answers 4xx")
    @ValueSource(
            strings = {
                "\"\"",
                "\"plain\"",
                "\"a@b\"",
                "\"a b@c.d\"",
                "\"a@b@c.d\"",
                "\"a@b.c.\"",
                "5",
                "\"x\\u0000@y.z\"",
                "\"ann\\u200B@example.com\"",
                "\"ＡＮＮ@example.com\"",
                "\"аnn@example.com\"",
                "\"' OR 1=1 --@x.y\"a"
            })
    void POST_signup_with_an_invalid_or_look_alike_email_answers_4xx(String email) {
        String body = body("EMAIL", PASSWORD).replace("\"EMAIL\"", email);

        HttpResponse<String> response = api.send("POST", SIGNUP, JSON, body);

        assertTrue(response.statusCode() == 400 || response.statusCode() == 422, response.body());
    }

    @ParameterizedTest(name = "password {0} answers 422")
    @ValueSource(strings = {"short", "1234567", "sieben!", "eight\\u0000chars"})
    void POST_signup_with_a_password_outside_the_policy_answers_422(String password) {
        assertInvalid(api.send("POST", SIGNUP, JSON, body("new@example.com", password)), "body", "password");
    }

    @Test
    void POST_signup_with_a_password_over_72_bytes_answers_422_even_when_it_is_few_characters() {
        String pizzas = "🍕".repeat(19); // 19 characters, 76 bytes in UTF-8

        assertInvalid(api.send("POST", SIGNUP, JSON, body("new@example.com", pizzas)), "body", "password");
    }

    @Test
    void concurrent_signups_with_one_email_create_one_user_and_answer_409_to_the_rest() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String email = i % 2 == 0 ? "same@example.com" : "SAME@example.com";
            calls.add(pool.submit(() -> signup(email)));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpResponse<String>> call : calls) {
            statuses.add(call.get(30, TimeUnit.SECONDS).statusCode());
        }
        pool.shutdown();

        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(15, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
    }

    static String body(String email, String password) {
        return "{\"email\": \"" + email + "\", \"password\": \"" + password
                + "\", \"first_name\": \"Ann\", \"surname\": \"Lee\"}";
    }
}
