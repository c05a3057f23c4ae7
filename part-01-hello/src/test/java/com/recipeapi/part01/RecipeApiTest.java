package com.recipeapi.part01;

import static com.recipeapi.part01.TestApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The promises the part's README makes, checked over HTTP against the running app (a fresh one per test). */
class RecipeApiTest {
    private TestApp api;

    @BeforeEach
    void start() {
        api = new TestApp(RecipeApp.create());
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Nested
    class Hello {
        // region hello_test
        @Test
        void GET_root_answers_hello_world_as_json() {
            HttpResponse<String> response = api.get("/");

            assertEquals(200, response.statusCode());
            assertEquals(
                    "application/json",
                    response.headers().firstValue("Content-Type").orElseThrow());
            assertEquals("Hello, World!", json(response).get("msg").asText());
        }
        // endregion hello_test

        @Test
        void GET_unknown_path_answers_404_with_a_json_body() {
            HttpResponse<String> response = api.get("/no/such/page");

            assertEquals(404, response.statusCode());
            assertEquals(404, json(response).get("status").asInt());
        }

        @Test
        void POST_root_is_a_client_error_not_a_server_error() {
            HttpResponse<String> response = api.send("POST", "/", "application/json", "{}");

            assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, response.toString());
        }
    }

    @Nested
    class Docs {
        @Test
        void GET_openapi_json_describes_exactly_the_routes_the_app_serves() {
            JsonNode paths = json(api.get("/openapi.json")).get("paths");
            Set<String> documented = new TreeSet<>();
            paths.properties()
                    .forEach(path -> path.getValue()
                            .fieldNames()
                            .forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey())));

            Set<String> served = api.routes();
            served.removeIf(route -> Set.of(ApiDocs.PATHS).contains(route.substring(route.indexOf(' ') + 1)));

            assertEquals(served, documented);
        }

        @Test
        void GET_docs_serves_swagger_ui_and_every_asset_it_loads() {
            assertPageAndAssetsLoad("/docs", "SwaggerUIBundle");
        }

        @Test
        void GET_redoc_serves_redoc_and_every_asset_it_loads() {
            assertPageAndAssetsLoad("/redoc", "spec-url=\"/openapi.json\"");
        }

        private void assertPageAndAssetsLoad(String page, String marker) {
            HttpResponse<String> response = api.get(page);

            assertEquals(200, response.statusCode());
            assertTrue(
                    response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
            assertTrue(response.body().contains(marker), response.body());
            List<String> assets = new ArrayList<>();
            Matcher m = Pattern.compile("(?:src|href)=\"(/[^\"]+)\"").matcher(response.body());
            while (m.find()) {
                assets.add(m.group(1));
            }
            assertTrue(!assets.isEmpty(), "no assets in " + page);
            assets.forEach(asset -> assertEquals(200, api.get(asset).statusCode(), asset));
        }
    }
}
