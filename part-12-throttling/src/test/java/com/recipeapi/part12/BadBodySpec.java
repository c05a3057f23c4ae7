package com.recipeapi.part12;

import static com.recipeapi.part12.BodySpec.valid;
import static com.recipeapi.part12.TestApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Part 12's promises about bad bodies: each way to be wrong has its own clear 4xx that names the field. */
class BadBodySpec extends ReadOnlySpec {
    // region invalid_test
    @ParameterizedTest(name = "{0} = {1} answers 422: {3}")
    // field, JSON value, whether the docs can say the rule too, the message
    @CsvSource(
            delimiter = '|',
            value = {
                "label        | null                          | true  | is required",
                "label        | '\"\"'                        | true  | must not be blank",
                "label        | '\"   \"'                     | false | must not be blank",
                "label        | 12                            | true  | must be a string",
                "label        | '\"a\\u0000b\"'               | true  | must not contain control characters",
                "label        | true                          | true  | must be a string",
                "label        | '[\"a\"]'                     | true  | must be a string",
                "source       | null                          | true  | is required",
                "url          | '\"example.com/pasta\"'       | true  | must be an absolute http or https URL",
                "url          | '\"ftp://example.com/pasta\"' | true  | must be an absolute http or https URL",
                "url          | '\"javascript:alert(1)\"'     | true  | must be an absolute http or https URL",
                "url          | '\"http://exa mple.com\"'     | true  | must be an absolute http or https URL",
                "url          | 5                             | true  | must be a string",
                "submitter_id | 1                             | true  | is not a known field",
            })
    void POST_recipe_with_an_invalid_field_answers_422_saying_why(
            String field, String value, boolean docsSayIt, String message) {
        HttpResponse<String> response = api.send("POST", RECIPES, JSON, valid(field, value));

        assertInvalid(response, "body", field);
        assertEquals(message, json(response).at("/errors/0/message").asText());
        assertEquals(docsSayIt, !api.docsAllowedLastRequest(), "the docs and the check disagree on " + value);
    }
    // endregion invalid_test

    @Test
    void POST_recipe_with_an_unknown_field_answers_422_naming_it() {
        String body = valid("label", "\"x\"").replace("{", "{\"is_superuser\": true, ");

        assertInvalid(api.send("POST", RECIPES, JSON, body), "body", "is_superuser");
        assertFalse(api.docsAllowedLastRequest(), "the docs allow an unknown field");
    }

    @Test
    void POST_recipe_with_fields_over_their_length_limit_answers_422() {
        String longText = "\"" + "x".repeat(257) + "\"";
        String longUrl = "\"https://example.com/" + "x".repeat(2048) + "\"";

        assertInvalid(api.send("POST", RECIPES, JSON, valid("label", longText)), "body", "label");
        assertInvalid(api.send("POST", RECIPES, JSON, valid("url", longUrl)), "body", "url");
        assertFalse(api.docsAllowedLastRequest(), "the docs allow a URL that long");
    }

    @Test
    void POST_recipe_with_every_field_missing_names_all_of_them() {
        HttpResponse<String> response = api.send("POST", RECIPES, JSON, "{}");

        assertProblem(response, 422);
        List<String> names = new ArrayList<>();
        json(response).get("errors").forEach(e -> names.add(e.get("name").asText()));
        assertEquals(List.of("label", "source", "url"), names);
    }

    @ParameterizedTest(name = "body {0} answers 422")
    @ValueSource(strings = {"[]", "null", "\"text\"", "42", "[{\"label\": \"x\"}]"})
    void POST_recipe_with_JSON_that_is_not_an_object_answers_422(String body) {
        assertInvalid(api.send("POST", RECIPES, JSON, body), "body", null);
    }

    @ParameterizedTest(name = "{0} answers {2}")
    @MethodSource("unreadableBodies")
    void POST_recipe_with_a_body_it_cannot_read_answers_400_413_or_415(String what, String type, int status) {
        String body = switch (what) {
            case "a body over 64 KiB" -> valid("label", "\"" + "x".repeat(70_000) + "\"");
            case "JSON nested 5000 deep" -> "[".repeat(5000) + "]".repeat(5000);
            default -> what;
        };

        assertProblem(api.send("POST", RECIPES, type, body), status);
    }

    static Stream<Arguments> unreadableBodies() {
        Stream<Arguments> malformed = Stream.of(
                        "",
                        "{",
                        "{\"label\":",
                        "nul",
                        "{'label': 'x'}",
                        "{\"a\": 1} trailing",
                        "\u0000",
                        "{\"label\": \"a\", \"label\": \"b\"}",
                        "JSON nested 5000 deep")
                .map(body -> Arguments.of(body, JSON, 400));
        Stream<Arguments> notJson = Stream.of("text/plain", "application/x-www-form-urlencoded", "application/xml")
                .map(type -> Arguments.of("{\"label\": \"x\"}", type, 415));
        return Stream.of(malformed, notJson, Stream.of(Arguments.of("a body over 64 KiB", JSON, 413)))
                .flatMap(s -> s);
    }
}
