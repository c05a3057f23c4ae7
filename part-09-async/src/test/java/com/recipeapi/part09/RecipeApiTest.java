package com.recipeapi.part09;

import static com.recipeapi.part09.TestApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.recipeapi.part09.api.ApiDocs;
import com.recipeapi.part09.db.Database;
import com.recipeapi.part09.db.DatabaseConfig;
import com.recipeapi.part09.db.DatabaseUnavailableException;
import com.recipeapi.part09.ideas.IdeasClient;
import com.recipeapi.part09.ideas.IdeasServer;
import com.recipeapi.part09.ideas.IdeasServer.Fault;
import com.recipeapi.part09.model.Checks;
import java.net.http.HttpResponse;
import java.time.Duration;
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
    static final Duration IDEAS_TIMEOUT = Duration.ofSeconds(1);
    private TestDatabase db;
    private IdeasServer ideas;
    private TestApp api;

    @BeforeEach
    void start() {
        db = new TestDatabase();
        ideas = IdeasServer.start(Map.of(
                "recipes",
                Duration.ofMillis(100),
                "easyrecipes",
                Duration.ofMillis(150),
                "TopSecretRecipes",
                Duration.ofMillis(200)));
        api = app(db.open());
    }

    private TestApp app(Database database) {
        return new TestApp(
                RecipeApp.create(database, new IdeasClient(ideas.baseUrl(), IDEAS_TIMEOUT), ServerThreads.DEFAULT));
    }

    @AfterEach
    void stop() throws Exception {
        api.close();
        ideas.close();
        db.close();
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
            HttpResponse<String> response = api.get("/api/v1/recipes/1");

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
            HttpResponse<String> response = api.get("/api/v1/recipes/999");

            assertEquals(404, response.statusCode());
            assertEquals(
                    "Recipe with ID 999 not found", json(response).get("detail").asText());
        }

        @ParameterizedTest(name = "GET /recipe/{0} answers 422")
        @ValueSource(strings = {"abc", "1.5", "1e3", "99999999999", "0x1", "%20", "%E2%9C%93", "1;DROP%20TABLE"})
        void GET_recipe_with_a_non_integer_id_answers_422_naming_the_parameter(String id) {
            HttpResponse<String> response = api.get("/api/v1/recipes/" + id);

            assertInvalid(response, "path", "recipe_id");
        }

        @ParameterizedTest(name = "GET /recipe/{0} answers 404")
        @ValueSource(strings = {"-1", "0", "2147483647"})
        void GET_recipe_with_an_id_no_recipe_has_answers_404(String id) {
            assertEquals(404, api.get("/api/v1/recipes/" + id).statusCode());
        }

        // region search_test
        @Test
        void GET_search_filters_by_keyword_ignoring_case_then_limits() {
            HttpResponse<String> response = api.get("/api/v1/recipes/search/?keyword=CURRY&max_results=1");

            assertEquals(200, response.statusCode());
            assertEquals(List.of(3), ids(response));
        }
        // endregion search_test

        @Test
        void GET_search_without_keyword_answers_the_first_max_results_recipes() {
            assertEquals(List.of(1, 2), ids(api.get("/api/v1/recipes/search/?max_results=2")));
        }

        @Test
        void GET_search_without_parameters_answers_up_to_ten_recipes() {
            assertEquals(List.of(1, 2, 3), ids(api.get("/api/v1/recipes/search/")));
        }

        @Test
        void GET_search_answers_with_and_without_the_trailing_slash() {
            assertEquals(
                    ids(api.get("/api/v1/recipes/search/?keyword=chicken")),
                    ids(api.get("/api/v1/recipes/search?keyword=chicken")));
            assertEquals(200, api.get("/api/v1/recipes/1/").statusCode());
        }

        @ParameterizedTest(name = "max_results={0} answers 422")
        @ValueSource(strings = {"0", "-1", "101", "2147483648", "abc", "1.5", "", "%00"})
        void GET_search_with_max_results_out_of_bounds_or_not_a_number_answers_422(String value) {
            HttpResponse<String> response = api.get("/api/v1/recipes/search/?max_results=" + value);

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
            HttpResponse<String> response = api.get("/api/v1/recipes/search/?keyword=" + keyword);

            assertEquals(200, response.statusCode(), response.body());
            assertEquals(found, ids(response).size(), response.body());
        }

        @Test
        void GET_search_with_a_very_long_keyword_answers_200_with_no_matches() {
            HttpResponse<String> response = api.get("/api/v1/recipes/search/?keyword=" + "a".repeat(4000));

            assertEquals(200, response.statusCode());
            assertEquals(List.of(), ids(response));
        }
    }

    @Nested
    class Errors {
        // region problem_test
        @Test
        void GET_unknown_recipe_answers_404_as_problem_details() {
            HttpResponse<String> response = api.get("/api/v1/recipes/999");

            assertProblem(response, 404);
            JsonNode problem = json(response);
            assertEquals("Not Found", problem.get("title").asText());
            assertEquals("Recipe with ID 999 not found", problem.get("detail").asText());
            assertEquals("/api/v1/recipes/999", problem.get("instance").asText());
        }
        // endregion problem_test

        @ParameterizedTest(name = "keyword=\"{0}\" answers 422")
        @ValueSource(strings = {"", "a", "ab", "%20%20", "%F0%9F%8D%95"})
        void GET_search_with_a_keyword_under_3_characters_answers_422_naming_keyword(String keyword) {
            assertInvalid(api.get("/api/v1/recipes/search/?keyword=" + keyword), "query", "keyword");
        }

        // region create_test
        @Test
        void POST_recipe_creates_it_and_answers_201_with_its_location() {
            String body = """
                    {"label": "Pasta al limone", "source": "Home", "url": "https://example.com/pasta",
                     "submitter_id": 1}""";

            HttpResponse<String> created = api.send("POST", "/api/v1/recipes/", JSON, body);

            assertEquals(201, created.statusCode(), created.body());
            String location = created.headers().firstValue("Location").orElseThrow();
            assertEquals(TestApp.map(created), TestApp.map(api.get(location)));
            assertEquals("Pasta al limone", json(created).get("label").asText());
            assertEquals(1, json(created).get("submitter_id").asInt());
        }
        // endregion create_test

        @Test
        void POST_recipe_answers_with_and_without_the_trailing_slash() {
            assertEquals(
                    201,
                    api.send("POST", "/api/v1/recipes", JSON, valid("label", "\"No slash\""))
                            .statusCode());
        }

        @Test
        void POST_recipe_keeps_unicode_and_markup_as_plain_text() {
            String label = "\"Crème brûlée 🍮 <script>alert(1)</script> ' OR 1=1 --\"";

            HttpResponse<String> created = api.send("POST", "/api/v1/recipes/", JSON, valid("label", label));

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
            HttpResponse<String> response = api.send("POST", "/api/v1/recipes/", JSON, valid(field, value));

            assertInvalid(response, "body", field);
        }

        @Test
        void POST_recipe_with_an_unknown_field_answers_422_naming_it() {
            String body = valid("label", "\"x\"").replace("{", "{\"is_superuser\": true, ");

            assertInvalid(api.send("POST", "/api/v1/recipes/", JSON, body), "body", "is_superuser");
        }

        @Test
        void POST_recipe_with_fields_over_their_length_limit_answers_422() {
            String longText = "\"" + "x".repeat(Checks.MAX_TEXT + 1) + "\"";
            String longUrl = "\"https://example.com/" + "x".repeat(Checks.MAX_URL) + "\"";

            assertInvalid(api.send("POST", "/api/v1/recipes/", JSON, valid("label", longText)), "body", "label");
            assertInvalid(api.send("POST", "/api/v1/recipes/", JSON, valid("url", longUrl)), "body", "url");
        }

        @Test
        void POST_recipe_with_every_field_missing_names_all_of_them() {
            HttpResponse<String> response = api.send("POST", "/api/v1/recipes/", JSON, "{}");

            assertProblem(response, 422);
            List<String> names = new ArrayList<>();
            json(response).get("errors").forEach(e -> names.add(e.get("name").asText()));
            assertEquals(List.of("label", "source", "url", "submitter_id"), names);
        }

        @ParameterizedTest(name = "body {0} answers 422")
        @ValueSource(strings = {"[]", "null", "\"text\"", "42", "[{\"label\": \"x\"}]"})
        void POST_recipe_with_JSON_that_is_not_an_object_answers_422(String body) {
            assertInvalid(api.send("POST", "/api/v1/recipes/", JSON, body), "body", null);
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
            assertProblem(api.send("POST", "/api/v1/recipes/", JSON, body), 400);
        }

        @Test
        void POST_recipe_with_deeply_nested_JSON_answers_4xx_not_500() {
            HttpResponse<String> response =
                    api.send("POST", "/api/v1/recipes/", JSON, "[".repeat(5000) + "]".repeat(5000));

            assertTrue(response.statusCode() == 400 || response.statusCode() == 422, response.body());
        }

        @ParameterizedTest(name = "Content-Type {0} answers 415")
        @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "application/xml", "none"})
        void POST_recipe_with_a_body_that_is_not_JSON_answers_415(String contentType) {
            String type = contentType.equals("none") ? null : contentType;

            assertProblem(api.send("POST", "/api/v1/recipes/", type, valid("label", "\"x\"")), 415);
        }

        @Test
        void POST_recipe_with_a_body_over_64_KiB_answers_413() {
            String huge = valid("label", "\"" + "x".repeat(70_000) + "\"");

            assertProblem(api.send("POST", "/api/v1/recipes/", JSON, huge), 413);
        }

        @Test
        void rejected_requests_store_nothing() {
            int before = recipeCount();

            api.send("POST", "/api/v1/recipes/", JSON, "{}");
            api.send("POST", "/api/v1/recipes/", JSON, valid("url", "\"ftp://x\""));
            api.send("POST", "/api/v1/recipes/", "text/plain", valid("label", "\"x\""));

            assertEquals(before, recipeCount());
        }

        @Test
        void concurrent_POSTs_each_get_their_own_id() throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                calls.add(
                        pool.submit(() -> api.send("POST", "/api/v1/recipes/", JSON, valid("label", "\"Parallel\""))));
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
            HttpResponse<String> response = api.send("DELETE", "/api/v1/recipes/1", null, null);

            assertProblem(response, 405);
            assertEquals("GET", response.headers().firstValue("Allow").orElseThrow());
        }

        @Test
        void GET_unknown_route_answers_404_as_problem_details() {
            assertProblem(api.get("/api/v2/recipes/1"), 404);
        }

        @Test
        void a_request_with_a_malformed_URI_answers_400_as_problem_details() throws Exception {
            String response = api.raw("GET /recipe/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

            assertTrue(response.startsWith("HTTP/1.1 400"), response);
            assertTrue(response.contains("Content-Type: application/problem+json"), response);
        }

        @Test
        void a_request_with_a_URI_too_long_answers_414_as_problem_details() {
            assertProblem(api.get("/api/v1/recipes/search/?keyword=" + "a".repeat(20_000)), 414);
        }

        @Test
        void a_request_with_a_header_too_large_answers_431_as_problem_details() {
            assertProblem(api.send("GET", "/", null, null, "X-Huge", "a".repeat(20_000)), 431);
        }

        private int recipeCount() {
            return json(api.get("/api/v1/recipes/search/?max_results=100"))
                    .get("results")
                    .size();
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
    class Storage {
        @Test
        void the_seed_is_the_admin_superuser_and_the_three_recipes_it_submitted() {
            JsonNode admin = json(api.get("/api/v1/users/1"));

            assertEquals("admin@recipeapi.com", admin.get("email").asText());
            assertTrue(admin.get("is_superuser").asBoolean());
            assertEquals(List.of(1, 2, 3), ids(api.get("/api/v1/recipes/")));
            json(api.get("/api/v1/recipes/"))
                    .get("results")
                    .forEach(r -> assertEquals(1, r.get("submitter_id").asInt()));
        }

        // region restart_test
        @Test
        void created_recipes_survive_a_restart_and_the_seed_is_not_inserted_twice() throws Exception {
            HttpResponse<String> created = api.send("POST", "/api/v1/recipes/", JSON, valid("label", "\"Kept\""));
            api.close();
            db.closeDatabase();

            api = app(db.open());

            assertEquals(TestApp.map(created), TestApp.map(api.get("/api/v1/recipes/4")));
            assertEquals(List.of(1, 2, 3, 4), ids(api.get("/api/v1/recipes/")));
        }
        // endregion restart_test

        @Test
        void GET_recipes_pages_through_every_recipe_in_id_order() {
            for (int i = 0; i < 9; i++) {
                api.send("POST", "/api/v1/recipes/", JSON, valid("label", "\"Recipe " + i + "\""));
            }
            List<Integer> seen = new ArrayList<>();
            String next = "/api/v1/recipes/?limit=5";

            while (next != null) {
                JsonNode page = json(api.get(next));
                page.get("results").forEach(r -> seen.add(r.get("id").asInt()));
                next = page.get("next").isNull() ? null : page.get("next").asText();
            }

            assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), seen);
        }

        @ParameterizedTest(name = "{0}={1} answers 422")
        @CsvSource({"limit, 0", "limit, 101", "limit, -1", "limit, x", "offset, -1", "offset, 1000001", "offset, 1.5"})
        void GET_recipes_with_limit_or_offset_out_of_bounds_answers_422(String name, String value) {
            assertInvalid(api.get("/api/v1/recipes/?" + name + "=" + value), "query", name);
        }

        // region search_beyond_test
        @Test
        void GET_search_finds_a_match_beyond_the_first_rows() {
            for (int i = 0; i < 30; i++) {
                api.send("POST", "/api/v1/recipes/", JSON, valid("label", "\"Filler " + i + "\""));
            }
            api.send("POST", "/api/v1/recipes/", JSON, valid("label", "\"Saffron risotto\""));

            HttpResponse<String> response = api.get("/api/v1/recipes/search/?keyword=saffron&max_results=1");

            assertEquals(List.of(34), ids(response));
        }
        // endregion search_beyond_test

        @ParameterizedTest(name = "keyword {0} finds {1}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "0%25%20R | 1",
                    "%25%25%25 | 0",
                    "___ | 0",
                    "!!! | 0",
                    "a_b | 1",
                    "%27%20OR%201%3D1%20-- | 0",
                    "%5C%5C%5C | 0"
                })
        void GET_search_matches_LIKE_wildcards_as_plain_characters(String keyword, int found) {
            api.send("POST", "/api/v1/recipes/", JSON, valid("label", "\"100% Rye\""));
            api.send("POST", "/api/v1/recipes/", JSON, valid("label", "\"Sauce a_b\""));

            assertEquals(
                    found,
                    ids(api.get("/api/v1/recipes/search/?keyword=" + keyword)).size());
        }

        @Test
        void POST_recipe_with_an_unknown_submitter_answers_422_naming_submitter_id_and_stores_nothing() {
            int before = ids(api.get("/api/v1/recipes/?limit=100")).size();

            assertInvalid(
                    api.send("POST", "/api/v1/recipes/", JSON, valid("submitter_id", "424242")),
                    "body",
                    "submitter_id");
            assertEquals(before, ids(api.get("/api/v1/recipes/?limit=100")).size());
        }

        @ParameterizedTest(name = "label {0} is stored as it is")
        @ValueSource(
                strings = {
                    "'; DROP TABLE recipes; --",
                    "Robert'); DELETE FROM users; --",
                    "\\\\ \\' \\\"",
                    "$1 :label ? %s {0}",
                    "中文 العربية עברית"
                })
        void POST_recipe_stores_SQL_metacharacters_as_plain_text(String label) throws Exception {
            String body = valid("label", TestApp.jsonString(label));

            HttpResponse<String> created = api.send("POST", "/api/v1/recipes/", JSON, body);

            assertEquals(201, created.statusCode(), created.body());
            assertEquals(
                    label,
                    json(api.get(created.headers().firstValue("Location").orElseThrow()))
                            .get("label")
                            .asText());
            assertEquals(List.of(1, 2, 3, 4), ids(api.get("/api/v1/recipes/")));
            assertEquals(200, api.get("/api/v1/users/1").statusCode());
        }

        // region users_test
        @Test
        void POST_users_creates_an_ordinary_user_with_a_lower_case_email() {
            HttpResponse<String> response = api.send(
                    "POST",
                    "/api/v1/users/",
                    JSON,
                    "{\"first_name\": \"Ann\", \"surname\": \"Lee\", \"email\": \"Ann@Example.COM\"}");

            assertEquals(201, response.statusCode(), response.body());
            assertEquals("ann@example.com", json(response).get("email").asText());
            assertEquals(false, json(response).get("is_superuser").asBoolean());
        }

        @Test
        void POST_users_with_an_email_taken_in_any_case_answers_409() {
            api.send("POST", "/api/v1/users/", JSON, user("ann@example.com"));

            assertProblem(api.send("POST", "/api/v1/users/", JSON, user("ANN@example.com")), 409);
        }
        // endregion users_test

        @Test
        void POST_users_cannot_make_a_superuser() {
            String body = user("eve@example.com").replace("{", "{\"is_superuser\": true, ");

            assertInvalid(api.send("POST", "/api/v1/users/", JSON, body), "body", "is_superuser");
        }

        @ParameterizedTest(name = "email {0} answers 422")
        @ValueSource(
                strings = {"\"\"", "\"plain\"", "\"a@b\"", "\"a b@c.d\"", "\"a@b@c.d\"", "null", "5", "\"x\\u0000@y.z\""
                })
        void POST_users_with_an_invalid_email_answers_422(String email) {
            String body = email.equals("null")
                    ? "{\"first_name\": \"A\", \"surname\": \"B\"}"
                    : "{\"first_name\": \"A\", \"surname\": \"B\", \"email\": " + email + "}";

            assertInvalid(api.send("POST", "/api/v1/users/", JSON, body), "body", "email");
        }

        // region concurrent_users_test
        @Test
        void concurrent_POST_users_with_one_email_create_one_row_and_answer_409_to_the_rest() throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String email = i % 2 == 0 ? "same@example.com" : "SAME@example.com";
                calls.add(pool.submit(() -> api.send("POST", "/api/v1/users/", JSON, user(email))));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> call : calls) {
                statuses.add(call.get(30, TimeUnit.SECONDS).statusCode());
            }
            pool.shutdown();

            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(15, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        }
        // endregion concurrent_users_test

        @Test
        void GET_unknown_user_answers_404_and_a_bad_id_422() {
            assertProblem(api.get("/api/v1/users/999"), 404);
            assertInvalid(api.get("/api/v1/users/abc"), "path", "user_id");
        }

        // region outage_test
        @Test
        void while_the_database_is_down_requests_answer_503_quickly_and_the_app_recovers_by_itself() throws Exception {
            try (TestDatabase remote = TestDatabase.behindProxy();
                    TestApp app = app(remote.open())) {
                HttpResponse<String> before = app.send("POST", "/api/v1/recipes/", JSON, valid("label", "\"Before\""));

                remote.proxy().cut();
                long start = System.nanoTime();
                HttpResponse<String> read = app.get("/api/v1/recipes/1");
                HttpResponse<String> write = app.send("POST", "/api/v1/recipes/", JSON, valid("label", "\"During\""));
                long outage = System.nanoTime() - start;
                remote.proxy().restore();

                assertProblem(read, 503);
                assertProblem(write, 503);
                assertEquals("5", read.headers().firstValue("Retry-After").orElseThrow());
                assertTrue(outage < TimeUnit.SECONDS.toNanos(15), "took " + outage / 1_000_000 + " ms");
                HttpResponse<String> after = eventually(
                        () -> app.get(before.headers().firstValue("Location").get()));
                assertEquals(TestApp.map(before), TestApp.map(after));
                assertEquals(
                        201,
                        app.send("POST", "/api/v1/recipes/", JSON, valid("label", "\"After\""))
                                .statusCode());
                assertEquals(List.of(1, 2, 3, 4, 5), ids(app.get("/api/v1/recipes/")));
            }
        }
        // endregion outage_test

        /** Retries a request for up to 30 s until it answers 200: the pool reconnects by itself. */
        private HttpResponse<String> eventually(java.util.function.Supplier<HttpResponse<String>> call)
                throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            HttpResponse<String> response = call.get();
            while (response.statusCode() != 200 && System.nanoTime() < deadline) {
                Thread.sleep(200);
                response = call.get();
            }
            return response;
        }

        @Test
        void opening_a_database_that_is_down_fails_fast_with_a_clear_message() {
            DatabaseConfig nowhere = new DatabaseConfig("jdbc:postgresql://127.0.0.1:9/recipes", "x", "y", null);

            long start = System.nanoTime();
            DatabaseUnavailableException e =
                    assertThrows(DatabaseUnavailableException.class, () -> Database.open(nowhere));

            assertTrue(
                    e.getMessage().startsWith("Cannot open the database (PostgreSQL at //127.0.0.1:9/recipes)"),
                    e.getMessage());
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(20));
        }

        private String user(String email) {
            return "{\"first_name\": \"Ann\", \"surname\": \"Lee\", \"email\": \"" + email + "\"}";
        }
    }

    static List<Integer> ids(HttpResponse<String> response) {
        List<Integer> ids = new ArrayList<>();
        json(response).get("results").forEach(recipe -> ids.add(recipe.get("id").asInt()));
        return ids;
    }

    @Nested
    class Ideas {
        // region shape_test
        @ParameterizedTest(name = "GET {0} answers five ideas from each source")
        @ValueSource(strings = {"/api/v1/recipes/ideas/", "/api/v1/recipes/ideas/async"})
        void GET_ideas_answers_five_ideas_from_each_source_in_the_original_shape(String path) {
            HttpResponse<String> response = api.get(path);

            assertEquals(200, response.statusCode(), response.body());
            JsonNode body = json(response);
            assertEquals(List.of("recipes", "easyrecipes", "TopSecretRecipes"), fieldNames(body));
            body.forEach(source -> assertEquals(5, source.size()));
            assertEquals(
                    "1000: Sunday roast chicken (https://example.com/r/recipes/sunday-roast-chicken)",
                    body.get("recipes").get(0).asText());
        }
        // endregion shape_test

        @ParameterizedTest(name = "GET {0} answers 200")
        @ValueSource(strings = {"/api/v1/recipes/ideas", "/api/v1/recipes/ideas/async/"})
        void GET_ideas_answers_with_and_without_the_trailing_slash(String path) {
            assertEquals(200, api.get(path).statusCode());
        }

        // region overlap_test
        @Test
        void GET_ideas_async_calls_the_sources_at_the_same_time_and_blocking_one_after_another() {
            ideas.takeMaxInFlight();

            api.get("/api/v1/recipes/ideas/");
            int blocking = ideas.takeMaxInFlight();
            api.get("/api/v1/recipes/ideas/async");
            int async = ideas.takeMaxInFlight();

            assertEquals(1, blocking);
            assertEquals(3, async);
        }
        // endregion overlap_test

        @Test
        void X_Process_Time_covers_all_the_waiting_on_both_endpoints() {
            double blocking = processTime(api.get("/api/v1/recipes/ideas/"));
            double async = processTime(api.get("/api/v1/recipes/ideas/async"));

            assertTrue(blocking >= 0.45, "blocking waited for 100 + 150 + 200 ms, but says " + blocking);
            assertTrue(async >= 0.2, "async waited for the slowest source, 200 ms, but says " + async);
        }

        // region fault_test
        @ParameterizedTest(name = "{0} on {1} answers {2}")
        @CsvSource({
            "SERVER_ERROR, /api/v1/recipes/ideas/, 502", "SERVER_ERROR, /api/v1/recipes/ideas/async, 502",
            "INVALID_JSON, /api/v1/recipes/ideas/, 502", "INVALID_JSON, /api/v1/recipes/ideas/async, 502",
            "WRONG_SHAPE,  /api/v1/recipes/ideas/, 502", "WRONG_SHAPE,  /api/v1/recipes/ideas/async, 502",
            "HANG,         /api/v1/recipes/ideas/, 504", "HANG,         /api/v1/recipes/ideas/async, 504"
        })
        void a_failing_source_answers_502_or_504_naming_it_within_the_timeout(Fault fault, String path, int status) {
            ideas.fault("easyrecipes", fault);

            long start = System.nanoTime();
            HttpResponse<String> response = api.get(path);
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertProblem(response, status);
            assertTrue(json(response).get("detail").asText().contains("easyrecipes"), response.body());
            assertTrue(took.compareTo(IDEAS_TIMEOUT.plusSeconds(3)) < 0, "took " + took);
        }
        // endregion fault_test

        @ParameterizedTest(name = "{0} answers 502 when the upstream is down")
        @ValueSource(strings = {"/api/v1/recipes/ideas/", "/api/v1/recipes/ideas/async"})
        void an_upstream_that_is_down_answers_502_naming_the_source(String path) {
            ideas.close();

            HttpResponse<String> response = api.get(path);

            assertProblem(response, 502);
            assertTrue(json(response).get("detail").asText().contains("could not be reached"), response.body());
        }

        @ParameterizedTest(name = "{0} {1} carries the timing headers")
        @CsvSource({
            "GET, /",
            "GET, /api/v1/recipes/1",
            "GET, /no/such/route",
            "GET, /api/v1/recipes/abc",
            "DELETE, /api/v1/recipes/1",
            "POST, /api/v1/recipes/"
        })
        void every_answer_carries_X_Process_Time_in_seconds_and_Server_Timing(String method, String path) {
            HttpResponse<String> response =
                    api.send(method, path, "application/json", method.equals("GET") ? null : "{");

            assertTrue(processTime(response) >= 0);
            assertTrue(
                    response.headers().firstValue("Server-Timing").orElseThrow().startsWith("app;dur="));
        }

        @Test
        void a_request_Jetty_rejects_carries_X_Process_Time_too() throws Exception {
            String response =
                    api.raw("GET /api/v1/recipes/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

            assertTrue(response.startsWith("HTTP/1.1 400"), response);
            assertTrue(response.contains("X-Process-Time: "), response);
        }

        @Test
        void virtual_threads_are_used_only_where_the_JDK_has_them() {
            assertEquals(
                    ServerThreads.VIRTUAL_AVAILABLE, ServerThreads.of(0, true).virtual());
            assertThrows(IllegalArgumentException.class, () -> ServerThreads.of(3, false));
        }

        private double processTime(HttpResponse<String> response) {
            return Double.parseDouble(
                    response.headers().firstValue("X-Process-Time").orElseThrow());
        }

        private List<String> fieldNames(JsonNode node) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            return names;
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
