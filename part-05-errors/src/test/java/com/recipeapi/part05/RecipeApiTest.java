package com.recipeapi.part05;

import static com.recipeapi.part05.TestApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The promises the part's README makes, checked over HTTP against the running app (a fresh one per test). */
class RecipeApiTest {
    private TestApp api;

    @BeforeEach
    void start() {
        api = new TestApp(RecipeApp.create(new Recipes(Recipes.SEED)));
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
    class Params {
        // region fetch_test
        @Test
        void GET_recipe_by_id_answers_that_recipe() {
            HttpResponse<String> response = api.get("/recipe/1");

            assertEquals(200, response.statusCode());
            assertEquals(
                    Map.of(
                            "id",
                            1,
                            "label",
                            "Chicken Vesuvio",
                            "source",
                            "Serious Eats",
                            "url",
                            "http://www.seriouseats.com/recipes/2011/12/chicken-vesuvio-recipe.html",
                            "submitter_id",
                            1),
                    TestApp.map(response));
        }
        // endregion fetch_test

        @Test
        void GET_unknown_recipe_answers_404_naming_the_id() {
            HttpResponse<String> response = api.get("/recipe/999");

            assertEquals(404, response.statusCode());
            assertEquals(
                    "Recipe with ID 999 not found", json(response).get("detail").asText());
        }

        @ParameterizedTest(name = "GET /recipe/{0} answers 422")
        @ValueSource(strings = {"abc", "1.5", "1e3", "99999999999", "0x1", "%20", "%E2%9C%93", "1;DROP%20TABLE"})
        void GET_recipe_with_a_non_integer_id_answers_422_naming_the_parameter(String id) {
            HttpResponse<String> response = api.get("/recipe/" + id);

            assertInvalid(response, "path", "recipe_id");
        }

        @ParameterizedTest(name = "GET /recipe/{0} answers 404")
        @ValueSource(strings = {"-1", "0", "2147483647"})
        void GET_recipe_with_an_id_no_recipe_has_answers_404(String id) {
            assertEquals(404, api.get("/recipe/" + id).statusCode());
        }

        // region search_test
        @Test
        void GET_search_filters_by_keyword_ignoring_case_then_limits() {
            HttpResponse<String> response = api.get("/search/?keyword=CURRY&max_results=1");

            assertEquals(200, response.statusCode());
            assertEquals(List.of(3), ids(response));
        }
        // endregion search_test

        @Test
        void GET_search_without_keyword_answers_the_first_max_results_recipes() {
            assertEquals(List.of(1, 2), ids(api.get("/search/?max_results=2")));
        }

        @Test
        void GET_search_without_parameters_answers_up_to_ten_recipes() {
            assertEquals(List.of(1, 2, 3), ids(api.get("/search/")));
        }

        @Test
        void GET_search_answers_with_and_without_the_trailing_slash() {
            assertEquals(ids(api.get("/search/?keyword=chicken")), ids(api.get("/search?keyword=chicken")));
            assertEquals(200, api.get("/recipe/1/").statusCode());
        }

        @ParameterizedTest(name = "max_results={0} answers 422")
        @ValueSource(strings = {"0", "-1", "101", "2147483648", "abc", "1.5", "", "%00"})
        void GET_search_with_max_results_out_of_bounds_or_not_a_number_answers_422(String value) {
            HttpResponse<String> response = api.get("/search/?max_results=" + value);

            assertInvalid(response, "query", "max_results");
        }

        @ParameterizedTest(name = "keyword={0} finds {1} recipes")
        @CsvSource(
                delimiter = '|',
                value = {
                    "chicken | 2",
                    "Chicken%20Vesuvio | 1",
                    "%27%3B%20DROP%20TABLE%20recipes%3B-- | 0",
                    "%3Cscript%3E | 0",
                    "%E9%B8%A1%E8%82%89%E6%B1%A4 | 0",
                    "%25%25%25 | 0",
                    "%00%00%00 | 0",
                    "cHiCkEn | 2"
                })
        void GET_search_with_any_keyword_answers_200_with_matches(String keyword, int found) {
            HttpResponse<String> response = api.get("/search/?keyword=" + keyword);

            assertEquals(200, response.statusCode(), response.body());
            assertEquals(found, ids(response).size(), response.body());
        }

        @Test
        void GET_search_with_a_very_long_keyword_answers_200_with_no_matches() {
            HttpResponse<String> response = api.get("/search/?keyword=" + "a".repeat(4000));

            assertEquals(200, response.statusCode());
            assertEquals(List.of(), ids(response));
        }

        private List<Integer> ids(HttpResponse<String> response) {
            List<Integer> ids = new ArrayList<>();
            json(response)
                    .get("results")
                    .forEach(recipe -> ids.add(recipe.get("id").asInt()));
            return ids;
        }
    }

    @Nested
    class Errors {
        // region problem_test
        @Test
        void GET_unknown_recipe_answers_404_as_problem_details() {
            HttpResponse<String> response = api.get("/recipe/999");

            assertProblem(response, 404);
            JsonNode problem = json(response);
            assertEquals("Not Found", problem.get("title").asText());
            assertEquals("Recipe with ID 999 not found", problem.get("detail").asText());
            assertEquals("/recipe/999", problem.get("instance").asText());
        }
        // endregion problem_test

        @ParameterizedTest(name = "keyword=\"{0}\" answers 422")
        @ValueSource(strings = {"", "a", "ab", "%20%20", "%F0%9F%8D%95"})
        void GET_search_with_a_keyword_under_3_characters_answers_422_naming_keyword(String keyword) {
            assertInvalid(api.get("/search/?keyword=" + keyword), "query", "keyword");
        }

        // region create_test
        @Test
        void POST_recipe_creates_it_and_answers_201_with_its_location() {
            String body = """
                    {"label": "Pasta al limone", "source": "Home", "url": "https://example.com/pasta",
                     "submitter_id": 7}""";

            HttpResponse<String> created = api.send("POST", "/recipe/", JSON, body);

            assertEquals(201, created.statusCode(), created.body());
            String location = created.headers().firstValue("Location").orElseThrow();
            assertEquals(TestApp.map(created), TestApp.map(api.get(location)));
            assertEquals("Pasta al limone", json(created).get("label").asText());
            assertEquals(7, json(created).get("submitter_id").asInt());
        }
        // endregion create_test

        @Test
        void POST_recipe_answers_with_and_without_the_trailing_slash() {
            assertEquals(
                    201,
                    api.send("POST", "/recipe", JSON, valid("label", "\"No slash\""))
                            .statusCode());
        }

        @Test
        void POST_recipe_keeps_unicode_and_markup_as_plain_text() {
            String label = "\"Crème brûlée 🍮 <script>alert(1)</script> ' OR 1=1 --\"";

            HttpResponse<String> created = api.send("POST", "/recipe/", JSON, valid("label", label));

            assertEquals(201, created.statusCode(), created.body());
            assertEquals(
                    "Crème brûlée 🍮 <script>alert(1)</script> ' OR 1=1 --",
                    json(created).get("label").asText());
        }

        @ParameterizedTest(name = "{0} = {1} answers 422")
        @CsvSource(
                delimiter = '|',
                value = {
                    "label        | null",
                    "label        | '\"\"'",
                    "label        | '\"   \"'",
                    "label        | 12",
                    "label        | true",
                    "label        | '[\"a\"]'",
                    "label        | '{}'",
                    "label        | '\"a\\u0000b\"'",
                    "source       | null",
                    "source       | 3.5",
                    "url          | null",
                    "url          | '\"example.com/pasta\"'",
                    "url          | '\"ftp://example.com/pasta\"'",
                    "url          | '\"javascript:alert(1)\"'",
                    "url          | '\"http://\"'",
                    "url          | '\"http://exa mple.com\"'",
                    "url          | 5",
                    "submitter_id | null",
                    "submitter_id | 0",
                    "submitter_id | -1",
                    "submitter_id | '\"1\"'",
                    "submitter_id | 1.5",
                    "submitter_id | 99999999999",
                    "submitter_id | true"
                })
        void POST_recipe_with_an_invalid_field_answers_422_naming_it(String field, String value) {
            HttpResponse<String> response = api.send("POST", "/recipe/", JSON, valid(field, value));

            assertInvalid(response, "body", field);
        }

        @Test
        void POST_recipe_with_an_unknown_field_answers_422_naming_it() {
            String body = valid("label", "\"x\"").replace("{", "{\"is_superuser\": true, ");

            assertInvalid(api.send("POST", "/recipe/", JSON, body), "body", "is_superuser");
        }

        @Test
        void POST_recipe_with_fields_over_their_length_limit_answers_422() {
            String longText = "\"" + "x".repeat(RecipeCreate.MAX_TEXT + 1) + "\"";
            String longUrl = "\"https://example.com/" + "x".repeat(RecipeCreate.MAX_URL) + "\"";

            assertInvalid(api.send("POST", "/recipe/", JSON, valid("label", longText)), "body", "label");
            assertInvalid(api.send("POST", "/recipe/", JSON, valid("url", longUrl)), "body", "url");
        }

        @Test
        void POST_recipe_with_every_field_missing_names_all_of_them() {
            HttpResponse<String> response = api.send("POST", "/recipe/", JSON, "{}");

            assertProblem(response, 422);
            List<String> names = new ArrayList<>();
            json(response).get("errors").forEach(e -> names.add(e.get("name").asText()));
            assertEquals(List.of("label", "source", "url", "submitter_id"), names);
        }

        @ParameterizedTest(name = "body {0} answers 422")
        @ValueSource(strings = {"[]", "null", "\"text\"", "42", "[{\"label\": \"x\"}]"})
        void POST_recipe_with_JSON_that_is_not_an_object_answers_422(String body) {
            assertInvalid(api.send("POST", "/recipe/", JSON, body), "body", null);
        }

        @ParameterizedTest(name = "body {0} answers 400")
        @ValueSource(
                strings = {
                    "",
                    "{",
                    "{\"label\":",
                    "nul",
                    "{'label': 'x'}",
                    "{\"a\": 1} trailing",
                    "{\"label\": \"a\", \"label\": \"b\"}",
                    "\u0000"
                })
        void POST_recipe_with_malformed_JSON_answers_400(String body) {
            assertProblem(api.send("POST", "/recipe/", JSON, body), 400);
        }

        @Test
        void POST_recipe_with_deeply_nested_JSON_answers_4xx_not_500() {
            HttpResponse<String> response = api.send("POST", "/recipe/", JSON, "[".repeat(5000) + "]".repeat(5000));

            assertTrue(response.statusCode() == 400 || response.statusCode() == 422, response.body());
        }

        @ParameterizedTest(name = "Content-Type {0} answers 415")
        @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "application/xml", "none"})
        void POST_recipe_with_a_body_that_is_not_JSON_answers_415(String contentType) {
            String type = contentType.equals("none") ? null : contentType;

            assertProblem(api.send("POST", "/recipe/", type, valid("label", "\"x\"")), 415);
        }

        @Test
        void POST_recipe_with_a_body_over_64_KiB_answers_413() {
            String huge = valid("label", "\"" + "x".repeat(70_000) + "\"");

            assertProblem(api.send("POST", "/recipe/", JSON, huge), 413);
        }

        @Test
        void rejected_requests_store_nothing() {
            int before = recipeCount();

            api.send("POST", "/recipe/", JSON, "{}");
            api.send("POST", "/recipe/", JSON, valid("url", "\"ftp://x\""));
            api.send("POST", "/recipe/", "text/plain", valid("label", "\"x\""));

            assertEquals(before, recipeCount());
        }

        @Test
        void concurrent_POSTs_each_get_their_own_id() throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                calls.add(pool.submit(() -> api.send("POST", "/recipe/", JSON, valid("label", "\"Parallel\""))));
            }
            Set<Integer> ids = new HashSet<>();
            for (Future<HttpResponse<String>> call : calls) {
                ids.add(json(call.get(30, TimeUnit.SECONDS)).get("id").asInt());
            }
            pool.shutdown();

            assertEquals(40, ids.size());
        }

        @Test
        void DELETE_on_a_recipe_answers_405_with_the_allowed_methods() {
            HttpResponse<String> response = api.send("DELETE", "/recipe/1", null, null);

            assertProblem(response, 405);
            assertEquals("GET", response.headers().firstValue("Allow").orElseThrow());
        }

        @Test
        void GET_unknown_route_answers_404_as_problem_details() {
            assertProblem(api.get("/recipes/1"), 404);
        }

        @Test
        void a_request_with_a_malformed_URI_answers_400_as_problem_details() throws Exception {
            String response = api.raw("GET /recipe/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

            assertTrue(response.startsWith("HTTP/1.1 400"), response);
            assertTrue(response.contains("Content-Type: application/problem+json"), response);
        }

        @Test
        void a_request_with_a_URI_too_long_answers_414_as_problem_details() {
            assertProblem(api.get("/search/?keyword=" + "a".repeat(20_000)), 414);
        }

        @Test
        void a_request_with_a_header_too_large_answers_431_as_problem_details() {
            assertProblem(api.send("GET", "/", null, null, "X-Huge", "a".repeat(20_000)), 431);
        }

        private int recipeCount() {
            return json(api.get("/search/?max_results=100")).get("results").size();
        }
    }

    static final String JSON = "application/json";

    /** A valid create body with one field replaced by raw JSON ("null" removes the field). */
    static String valid(String field, String rawJson) {
        Map<String, String> fields = new LinkedHashMap<>(Map.of(
                "label", "\"Soup\"", "source", "\"Home\"", "url", "\"https://example.com/soup\"", "submitter_id", "1"));
        if (rawJson.equals("null")) {
            fields.remove(field);
        } else {
            fields.put(field, rawJson);
        }
        StringBuilder body = new StringBuilder("{");
        fields.forEach((name, value) -> body.append(body.length() > 1 ? ", " : "")
                .append('"')
                .append(name)
                .append("\": ")
                .append(value));
        return body.append('}').toString();
    }

    static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        assertEquals(status, json(response).get("status").asInt(), response.body());
    }

    /** A 422 problem whose errors name the input: where it was and, unless null, its name. */
    static void assertInvalid(HttpResponse<String> response, String in, String name) {
        assertProblem(response, 422);
        boolean named = false;
        for (JsonNode error : json(response).get("errors")) {
            named |= in.equals(error.path("in").asText())
                    && (name == null
                            ? !error.has("name")
                            : name.equals(error.path("name").asText()));
        }
        assertTrue(named, in + " " + name + " not named in " + response.body());
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
