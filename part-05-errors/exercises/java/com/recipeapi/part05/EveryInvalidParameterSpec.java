package com.recipeapi.part05;

import static com.recipeapi.part05.TestApp.json;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exercise 1: a search names every invalid parameter at once, as a body names every invalid field. */
@Tag("exercise")
@Tag("exercise-1")
class EveryInvalidParameterSpec extends ApiSpec {
    @ParameterizedTest(name = "keyword=ab&max_results={0} names both")
    @ValueSource(strings = {"0", "abc"})
    void GET_search_with_two_invalid_parameters_answers_422_naming_both(String maxResults) {
        HttpResponse<String> response = api.get(SEARCH + "?keyword=ab&max_results=" + maxResults);

        assertInvalid(response, "query", "keyword");
        assertInvalid(response, "query", "max_results");
        String detail = json(response).get("detail").asText();
        assertTrue(detail.contains("keyword") && detail.contains("max_results"), detail);
    }
}
