package com.recipeapi.part12;

import static com.recipeapi.part12.TestApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Part 12's promises: a typed path parameter, bounded query parameters, and search that filters then limits. */
class ParamsSpec extends ReadOnlySpec {
    @Test
    void GET_recipe_by_id_answers_that_recipe() {
        HttpResponse<String> response = api.get(recipe(1));

        assertEquals(200, response.statusCode());
        assertEquals(
                Map.of(
                        "id", 1,
                        "label", "Chicken Vesuvio",
                        "source", "Serious Eats",
                        "url", "http://www.seriouseats.com/recipes/2011/12/chicken-vesuvio-recipe.html",
                        "submitter_id", 1),
                TestApp.map(response));
    }

    @Test
    void GET_unknown_recipe_answers_404_naming_the_id() {
        HttpResponse<String> response = api.get(recipe(999));

        assertProblem(response, 404);
        assertEquals(
                "Recipe with ID 999 not found", json(response).get("detail").asText());
    }

    @ParameterizedTest(name = "GET /recipe/{0} answers 422")
    @ValueSource(strings = {"abc", "1.5", "1e3", "99999999999", "0x1", "%20", "%E2%9C%93", "1;DROP%20TABLE"})
    void GET_recipe_with_a_non_integer_id_answers_422_naming_the_parameter(String id) {
        HttpResponse<String> response = api.get(recipe(id));

        assertInvalid(response, "path", "recipe_id");
        assertFalse(api.docsAllowedLastRequest(), "the docs allow recipe_id=" + id);
    }

    @ParameterizedTest(name = "GET /recipe/{0} answers 404")
    @ValueSource(strings = {"-1", "0", "2147483647"})
    void GET_recipe_with_an_id_no_recipe_has_answers_404(String id) {
        assertEquals(404, api.get(recipe(id)).statusCode());
    }

    // region search_test
    @Test
    void GET_search_filters_by_keyword_ignoring_case_then_limits() {
        HttpResponse<String> response = api.get(SEARCH + "?keyword=CURRY&max_results=1");

        assertEquals(200, response.statusCode());
        assertEquals(List.of(3), ids(response));
    }
    // endregion search_test

    @Test
    void GET_search_without_keyword_answers_the_first_max_results_recipes() {
        assertEquals(List.of(1, 2), ids(api.get(SEARCH + "?max_results=2")));
    }

    @Test
    void GET_search_without_parameters_answers_up_to_ten_recipes() {
        assertEquals(List.of(1, 2, 3), ids(api.get(SEARCH)));
    }

    @Test
    void GET_search_answers_with_and_without_the_trailing_slash() {
        assertEquals(ids(api.get(SEARCH + "?keyword=chicken")), ids(api.get(noSlash(SEARCH) + "?keyword=chicken")));
        assertEquals(200, api.get(recipe(1) + "/").statusCode());
    }

    // region bounds_test
    @ParameterizedTest(name = "max_results={0} answers 422")
    @ValueSource(strings = {"0", "-1", "101", "2147483648", "abc", "1.5", "", "%00"})
    void GET_search_with_max_results_out_of_bounds_or_not_a_number_answers_422(String value) {
        HttpResponse<String> response = api.get(SEARCH + "?max_results=" + value);

        assertInvalid(response, "query", "max_results");
        assertFalse(api.docsAllowedLastRequest(), "the docs allow max_results=" + value);
    }
    // endregion bounds_test

    @ParameterizedTest(name = "keyword=\"{0}\" answers 422")
    @ValueSource(strings = {"", "a", "ab", "%20%20", "%F0%9F%8D%95", "a%F0%9F%8D%95"})
    void GET_search_with_a_keyword_under_3_characters_answers_422_naming_keyword(String keyword) {
        assertInvalid(api.get(SEARCH + "?keyword=" + keyword), "query", "keyword");
        assertFalse(api.docsAllowedLastRequest(), "the docs allow keyword=" + keyword);
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
                "a%00b | 0",
                "ab%F0%9F%8D%95 | 0"
            })
    void GET_search_with_any_keyword_answers_200_with_matches(String keyword, int found) {
        HttpResponse<String> response = api.get(SEARCH + "?keyword=" + keyword);

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(found, ids(response).size(), response.body());
    }

    @Test
    void GET_search_with_a_very_long_keyword_answers_200_with_no_matches() {
        HttpResponse<String> response = api.get(SEARCH + "?keyword=" + "a".repeat(4000));

        assertEquals(200, response.statusCode());
        assertEquals(List.of(), ids(response));
    }
}
