package com.recipeapi.part12;

import static com.recipeapi.part12.BodySpec.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Part 12's promises when the database goes away: a quick 503, nothing half-written, and healing by itself. */
class OutageSpec extends ApiSpec {
    @Test
    void while_the_database_is_down_requests_answer_503_quickly_and_the_app_recovers_by_itself() throws Exception {
        HttpResponse<String> before = api.send("POST", RECIPES, JSON, valid("label", "\"Before\""));

        api.database().proxy().cut();
        long start = System.nanoTime();
        HttpResponse<String> read = api.get(recipe(1));
        HttpResponse<String> write = api.send("POST", RECIPES, JSON, valid("label", "\"During\""));
        long outage = System.nanoTime() - start;
        api.database().proxy().restore();

        assertProblem(read, 503);
        assertProblem(write, 503);
        assertEquals("5", read.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(outage < TimeUnit.SECONDS.toNanos(15), "took " + outage / 1_000_000 + " ms");
        awaitRecovery();
        assertEquals(TestApp.map(before), TestApp.map(api.get(recipe(4))));
        assertEquals(
                201,
                api.send("POST", RECIPES, JSON, valid("label", "\"After\"")).statusCode());
        assertEquals(List.of(1, 2, 3, 4, 5), ids(api.get(EVERY_RECIPE)));
    }

    // region mid_statement_test
    @Test
    void a_line_cut_at_any_moment_of_a_POST_answers_201_or_503_and_leaves_no_recipe_half_written() throws Exception {
        TcpProxy line = api.database().proxy();
        List<HttpResponse<String>> created = new ArrayList<>();
        int packet = 0;
        boolean whole = false; // a POST that went through untouched: every packet of it has been struck once
        while (!whole && packet < 50) {
            line.severAtPacket(++packet); // the insert, the read-back or the commit is in flight, then lost
            HttpResponse<String> answer = api.send("POST", RECIPES, JSON, valid("label", "\"Cut " + packet + "\""));
            boolean struck = line.disarm();

            assertTrue(answer.statusCode() == 201 || answer.statusCode() == 503, packet + ": " + answer.body());
            if (answer.statusCode() == 201) {
                created.add(answer);
            }
            whole = !struck && answer.statusCode() == 201; // a 503 unstruck: no connection yet, so try again
            awaitRecovery();
        }

        assertTrue(packet > 2 && whole, "a POST took " + packet + " packets");
        for (HttpResponse<String> recipe : created) {
            String location = recipe.headers().firstValue("Location").orElseThrow();
            assertEquals(TestApp.map(recipe), TestApp.map(api.get(location)));
        }
    }
    // endregion mid_statement_test

    /** Reads until the app answers 200 again (at most 30 s): the pool reconnects by itself. */
    private void awaitRecovery() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (api.get(recipe(1)).statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }
}
