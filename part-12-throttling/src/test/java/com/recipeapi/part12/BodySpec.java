package com.recipeapi.part12;

import static com.recipeapi.part12.TestApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Part 12's promises about request bodies: a valid one is stored as sent, and a rejected one not at all. */
class BodySpec extends ApiSpec {
    @Test
    void POST_recipe_creates_it_and_answers_201_with_its_location() {
        String body = """
                {"label": "Pasta al limone", "source": "Home", "url": "https://example.com/pasta"}""";

        HttpResponse<String> created = api.send("POST", RECIPES, JSON, body);

        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        assertEquals(TestApp.map(created), TestApp.map(api.get(location)));
        assertEquals("Pasta al limone", json(created).get("label").asText());
        assertEquals(2, json(created).get("submitter_id").asInt()); // the cook, who sent it
    }

    @Test
    void POST_recipe_answers_with_and_without_the_trailing_slash() {
        assertEquals(
                201,
                api.send("POST", noSlash(RECIPES), JSON, valid("label", "\"No slash\""))
                        .statusCode());
    }

    @ParameterizedTest(name = "label {0} is kept as it is")
    @ValueSource(
            strings = {
                "Crème brûlée 🍮 中文 العربية",
                "<script>alert(1)</script>",
                "' OR 1=1 --",
                "'; DROP TABLE recipes; --",
                "Robert'); DELETE FROM users; --",
                "\\ \\' \\\"",
                "$1 :label ? %s {0}"
            })
    void POST_recipe_keeps_any_text_as_plain_text(String label) {
        HttpResponse<String> created = api.send("POST", RECIPES, JSON, valid("label", TestApp.jsonString(label)));

        assertEquals(201, created.statusCode(), created.body());
        assertEquals(
                label,
                json(api.get(created.headers().firstValue("Location").orElseThrow()))
                        .get("label")
                        .asText());
    }

    @Test
    void rejected_requests_store_nothing() {
        int before = recipeCount();

        api.send("POST", RECIPES, JSON, "{}");
        api.send("POST", RECIPES, JSON, valid("url", "\"ftp://x\""));
        api.send("POST", RECIPES, "text/plain", valid("label", "\"x\""));

        assertEquals(before, recipeCount());
    }

    @Test
    void concurrent_POSTs_each_get_their_own_id() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            calls.add(pool.submit(() -> api.send("POST", RECIPES, JSON, valid("label", "\"Parallel\""))));
        }
        Set<Integer> ids = new HashSet<>();
        for (Future<HttpResponse<String>> call : calls) {
            ids.add(json(call.get(30, TimeUnit.SECONDS)).get("id").asInt());
        }
        pool.shutdown();

        assertEquals(40, ids.size());
    }

    private int recipeCount() {
        return json(api.get(EVERY_RECIPE)).get("results").size();
    }

    /** A valid create body with one field replaced by raw JSON ("null" removes the field). */
    static String valid(String field, String rawJson) {
        Map<String, String> fields = new LinkedHashMap<>(
                Map.of("label", "\"Soup\"", "source", "\"Home\"", "url", "\"https://example.com/soup\""));
        if (rawJson.equals("null")) {
            fields.remove(field);
        } else {
            fields.put(field, rawJson);
        }
        List<String> members = new ArrayList<>();
        fields.forEach((name, value) -> members.add("\"" + name + "\": " + value));
        return "{" + String.join(", ", members) + "}";
    }
}
