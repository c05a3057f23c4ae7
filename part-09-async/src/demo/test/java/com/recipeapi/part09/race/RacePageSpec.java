package com.recipeapi.part09.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The race page's API: bounded inputs, one race at a time, its events, and no threads left behind. */
class RacePageSpec {
    private static final String SMALL = "clients=1&rounds=1&warm_up=false";
    private final HttpClient http = HttpClient.newHttpClient();
    private RacePage page;

    @BeforeEach
    void start() {
        page = RacePage.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        page.close();
    }

    @ParameterizedTest(name = "POST /race/runs?{0} answers 400 naming {1}")
    @CsvSource({
        "clients=0, clients",
        "'clients=1,2,3,4,5,6', clients",
        "clients=201, clients",
        "clients=ten, clients",
        "rounds=0, rounds",
        "rounds=21, rounds",
        "threads=3, threads",
        "threads=251, threads",
        "virtual=yes, virtual",
        "'clients=200&rounds=20&threads=6', rounds",
        "pool=8, pool"
    })
    void POST_race_runs_refuses_inputs_out_of_range_with_400_naming_them(String query, String input) throws Exception {
        HttpResponse<String> response = post(query);

        assertEquals(400, response.statusCode());
        JsonNode body = RacePage.JSON.readTree(response.body());
        assertTrue(body.get("detail").asText().startsWith(input + " "), body.toString());
        assertTrue(body.get("problems").has(input), body.toString());
    }

    @Test
    void POST_race_runs_answers_409_while_a_race_is_running_and_DELETE_stops_it() throws Exception {
        HttpResponse<String> first = post(SMALL);

        HttpResponse<String> second = post(SMALL);
        long id = RacePage.JSON.readTree(first.body()).get("id").asLong();
        HttpResponse<String> stopped =
                send(HttpRequest.newBuilder(uri("/race/runs/" + id)).DELETE());
        int next = post(SMALL).statusCode();
        for (int i = 0; i < 50 && next == 409; i++) {
            Thread.sleep(100);
            next = post(SMALL).statusCode();
        }

        assertEquals(202, first.statusCode());
        assertEquals(409, second.statusCode());
        assertTrue(second.body().contains("Race " + id + " is running"), second.body());
        assertEquals(204, stopped.statusCode());
        assertEquals(202, next, "a race may start once the stopped one has ended");
    }

    @Test
    void GET_race_runs_events_streams_the_plan_each_row_and_done() throws Exception {
        long id = RacePage.JSON.readTree(post(SMALL).body()).get("id").asLong();

        List<String[]> events = events(id, "done");

        List<String> names = events.stream().map(event -> event[0]).toList();
        assertEquals("plan", names.get(0), names.toString());
        assertEquals(List.of("plan", "row", "progress", "finished", "row", "progress", "finished", "done"), names);
        JsonNode plan = RacePage.JSON.readTree(events.get(0)[1]);
        assertEquals(2, plan.get("rows").size());
        JsonNode finished = RacePage.JSON.readTree(events.get(3)[1]);
        for (String field : List.of("requests", "median_process_time", "p99_latency", "throughput", "target")) {
            assertTrue(finished.has(field), field + " in " + finished);
        }
        assertEquals(1, finished.get("requests").asInt());
    }

    @Test
    void closing_the_last_event_stream_stops_the_race_and_leaves_no_threads_behind() throws Exception {
        Set<String> before = threads();
        long id = RacePage.JSON
                .readTree(post("clients=5&rounds=3&warm_up=false").body())
                .get("id")
                .asLong();

        events(id, "row"); // the stream closes once the first row has started
        Set<String> left = threads();
        for (int i = 0; i < 50 && !(left = leftBehind(before)).isEmpty(); i++) {
            Thread.sleep(100);
        }

        assertEquals(Set.of(), left);
        assertEquals(
                404,
                send(HttpRequest.newBuilder(uri("/race/runs/" + id)).DELETE()).statusCode());
    }

    @Test
    void GET_events_of_a_race_that_is_not_running_says_gone() throws Exception {
        List<String[]> events = events(99_999, "gone");

        assertEquals("gone", events.get(0)[0]);
    }

    /** Reads the race's events, up to and including the first named {@code last}, then closes the connection. */
    private List<String[]> events(long id, String last) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", page.port())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream()
                    .write(("GET /race/runs/" + id + "/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                    + "Accept: text/event-stream\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            List<String[]> events = new ArrayList<>();
            String name = null;
            for (String line = in.readLine(); line != null && events.size() < 1000; line = in.readLine()) {
                if (line.startsWith("event: ")) {
                    name = line.substring(7);
                } else if (line.startsWith("data: ") && name != null) {
                    events.add(new String[] {name, line.substring(6)});
                    if (name.equals(last)) {
                        return events;
                    }
                }
            }
            return events;
        }
    }

    /** Threads started since {@code before} and still alive, but for the page server's own pools. */
    private static Set<String> leftBehind(Set<String> before) {
        return threads().stream()
                .filter(name -> !before.contains(name))
                .filter(name -> !name.startsWith("HttpClient-")) // this spec's client
                .filter(name -> !name.startsWith("JettyServerThreadPool") && !name.startsWith("JavalinDefaultAsync"))
                .collect(Collectors.toSet());
    }

    private static Set<String> threads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(thread -> thread.getName() + "#" + thread.getId())
                .collect(Collectors.toSet());
    }

    private HttpResponse<String> post(String query) throws Exception {
        return send(HttpRequest.newBuilder(uri("/race/runs?" + query)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + page.port() + path);
    }
}
