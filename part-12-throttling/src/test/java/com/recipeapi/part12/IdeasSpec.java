package com.recipeapi.part12;

import static com.recipeapi.part12.TestApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.recipeapi.part12.ideas.IdeasServer.Fault;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Part 12's promises: ideas from three sources, called one after another or all at once, and clear failures. */
class IdeasSpec extends ApiSpec {
    @ParameterizedTest(name = "GET {0} answers five ideas from each source")
    @ValueSource(strings = {IDEAS, IDEAS + "async"})
    void GET_ideas_answers_five_ideas_from_each_source_in_the_original_shape(String path) {
        HttpResponse<String> response = api.get(path);

        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = json(response);
        List<String> sources = new ArrayList<>();
        body.fieldNames().forEachRemaining(sources::add);
        assertEquals(List.of("recipes", "easyrecipes", "TopSecretRecipes"), sources);
        body.forEach(source -> assertEquals(5, source.size()));
        assertEquals(
                "1000: Sunday roast chicken (https://example.com/r/recipes/sunday-roast-chicken)",
                body.get("recipes").get(0).asText());
    }

    @ParameterizedTest(name = "GET {0} answers 200")
    @ValueSource(strings = {"/api/v1/recipes/ideas", IDEAS + "async/"})
    void GET_ideas_answers_with_and_without_the_trailing_slash(String path) {
        assertEquals(200, api.get(path).statusCode());
    }

    // region overlap_test
    @Test
    void GET_ideas_async_calls_the_sources_at_the_same_time_and_blocking_one_after_another() {
        api.get(IDEAS + "async"); // a first call opens the connections, so the calls measured start at once
        api.ideas().takeMaxInFlight();

        api.get(IDEAS);
        int blocking = api.ideas().takeMaxInFlight();
        api.get(IDEAS + "async");
        int async = api.ideas().takeMaxInFlight();

        assertEquals(1, blocking);
        assertEquals(3, async);
    }
    // endregion overlap_test

    // region fault_test
    @ParameterizedTest(name = "{0} on {1} answers {2}")
    @CsvSource({
        "SERVER_ERROR, '', 502", "SERVER_ERROR, async, 502", "INVALID_JSON, '', 502", "INVALID_JSON, async, 502",
        "WRONG_SHAPE, '', 502", "WRONG_SHAPE, async, 502", "HANG, '', 504", "HANG, async, 504"
    })
    void a_failing_source_answers_502_or_504_naming_it_within_the_timeout(Fault fault, String endpoint, int status) {
        api.ideas().fault("easyrecipes", fault);

        long start = System.nanoTime();
        HttpResponse<String> response = api.get(IDEAS + endpoint);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertProblem(response, status);
        assertTrue(json(response).get("detail").asText().contains("easyrecipes"), response.body());
        assertTrue(took.compareTo(TestApp.IDEAS_TIMEOUT.plusSeconds(3)) < 0, "took " + took);
    }
    // endregion fault_test

    @ParameterizedTest(name = "{0} answers 502 when the upstream is down")
    @ValueSource(strings = {IDEAS, IDEAS + "async"})
    void an_upstream_that_is_down_answers_502_naming_the_source(String path) {
        api.ideas().close();

        HttpResponse<String> response = api.get(path);

        assertProblem(response, 502);
        assertTrue(json(response).get("detail").asText().contains("could not be reached"), response.body());
    }
}
