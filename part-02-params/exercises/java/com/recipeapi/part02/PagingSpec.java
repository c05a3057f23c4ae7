package com.recipeapi.part02;

import static com.recipeapi.part02.TestApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exercise 2: paging through the results with an offset, bounded and documented. */
@Tag("exercise")
@Tag("exercise-2")
class PagingSpec extends ApiSpec {
    @Test
    void GET_search_with_an_offset_skips_that_many_results() {
        assertEquals(List.of(2), ids(api.get(SEARCH + "?max_results=1&offset=1")));
    }

    @Test
    void GET_search_skips_matches_only_after_filtering_by_keyword() {
        assertEquals(List.of(2), ids(api.get(SEARCH + "?keyword=chicken&offset=1")));
    }

    @Test
    void GET_search_with_an_offset_past_the_end_answers_no_results() {
        assertEquals(List.of(), ids(api.get(SEARCH + "?offset=3")));
    }

    @ParameterizedTest(name = "offset={0} answers 422")
    @ValueSource(strings = {"-1", "abc", "2147483648"})
    void GET_search_with_a_negative_or_non_integer_offset_answers_422(String value) {
        HttpResponse<String> response = api.get(SEARCH + "?offset=" + value);

        assertInvalid(response, "query", "offset");
        assertFalse(api.docsAllowedLastRequest(), "the docs allow offset=" + value);
    }

    @Test
    void GET_openapi_json_documents_offset_as_a_whole_number_from_0_defaulting_to_0() {
        JsonNode offset = null;
        for (JsonNode param : json(api.get("/openapi.json")).at("/paths/~1search~1/get/parameters")) {
            if (param.get("name").asText().equals("offset")) {
                offset = param;
            }
        }

        assertFalse(offset == null, "the docs of GET /search/ have no offset parameter");
        assertEquals("integer", offset.at("/schema/type").asText());
        assertEquals(0, offset.at("/schema/minimum").asInt(-1));
        assertEquals(0, offset.at("/schema/default").asInt(-1));
    }
}
