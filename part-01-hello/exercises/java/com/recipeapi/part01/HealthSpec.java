package com.recipeapi.part01;

import static com.recipeapi.part01.TestApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Exercise 2: a health check that no cache keeps. */
@Tag("exercise")
@Tag("exercise-2")
class HealthSpec extends ApiSpec {
    @Test
    void GET_health_answers_ok_and_is_never_cached() {
        HttpResponse<String> response = api.get("/health");

        assertEquals(200, response.statusCode());
        assertEquals("ok", json(response).get("status").asText());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void GET_openapi_json_documents_health() {
        assertFalse(json(api.get("/openapi.json"))
                .at("/paths/~1health/get/responses/200")
                .isMissingNode());
    }
}
