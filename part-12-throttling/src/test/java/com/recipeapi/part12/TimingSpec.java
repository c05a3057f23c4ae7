package com.recipeapi.part12;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Part 12's timing headers: how long the server worked on every answer, and on each call to a source. */
class TimingSpec extends ApiSpec {
    @Test
    void X_Process_Time_covers_all_the_waiting_on_both_endpoints() {
        double blocking = processTime(api.get(IDEAS));
        double async = processTime(api.get(IDEAS + "async"));

        assertTrue(blocking >= 0.45, "blocking waited for 100 + 150 + 200 ms, but says " + blocking);
        assertTrue(async >= 0.2, "async waited for the slowest source, 200 ms, but says " + async);
    }

    // region server_timing_test
    @Test
    void Server_Timing_names_each_source_with_when_its_call_started_and_how_long_it_took() {
        String blocking = api.get(IDEAS).headers().firstValue("Server-Timing").orElseThrow();
        String async =
                api.get(IDEAS + "async").headers().firstValue("Server-Timing").orElseThrow();

        String call = "%s;start=[0-9.]+;dur=[0-9.]+, ";
        String expected = call.formatted("recipes") + call.formatted("easyrecipes") + call.formatted("TopSecretRecipes")
                + "app;dur=[0-9.]+";
        assertTrue(blocking.matches(expected), blocking);
        assertTrue(async.matches(expected), async);
    }
    // endregion server_timing_test

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
        HttpResponse<String> response = api.send(method, path, JSON, method.equals("GET") ? null : "{");

        assertTrue(processTime(response) >= 0);
        assertTrue(response.headers().firstValue("Server-Timing").orElseThrow().startsWith("app;dur="));
    }

    @Test
    void a_request_Jetty_rejects_carries_X_Process_Time_too() throws Exception {
        String response = api.raw("GET /api/v1/recipes/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertTrue(response.startsWith("HTTP/1.1 400"), response);
        assertTrue(response.contains("X-Process-Time: "), response);
    }

    private static double processTime(HttpResponse<String> response) {
        return Double.parseDouble(
                response.headers().firstValue("X-Process-Time").orElseThrow());
    }
}
