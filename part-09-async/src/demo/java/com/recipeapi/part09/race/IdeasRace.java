package com.recipeapi.part09.race;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The instructor's race: the blocking and the async ideas endpoint, one request at a time and under many
 * concurrent clients, side by side. Starts its own app (see {@link RaceApp}) and prints a table.
 *
 * <pre>./mvnw -q -pl part-09-async compile exec:java@race -Dexec.args="--clients 1,10,50 --threads 8"</pre>
 */
public final class IdeasRace {
    private IdeasRace() {}

    record Row(
            String endpoint,
            int clients,
            int requests,
            double medianProcessTime,
            double p99Latency,
            double throughput) {}

    public static void main(String[] args) throws Exception {
        RaceOptions options = RaceOptions.parse(args);
        try (RaceApp app = RaceApp.start(options)) {
            System.out.println("Handlers run on " + app.threads().describe() + "; ideas sources answer after "
                    + app.delaysMillis() + " ms.");
            System.out.println("Each client sends " + options.rounds() + " requests, one after another.\n");
            List<Row> rows = new ArrayList<>();
            for (int clients : options.clients()) {
                for (String endpoint : List.of("blocking", "async")) {
                    String path = endpoint.equals("async") ? "/api/v1/recipes/ideas/async" : "/api/v1/recipes/ideas/";
                    rows.add(race(app.baseUrl() + path, endpoint, clients, options.rounds()));
                }
            }
            RaceReport.print(rows, app.delaysMillis(), System.out);
        }
    }

    /** {@code clients} threads, each sending {@code rounds} requests in turn; every answer timed. */
    static Row race(String url, String endpoint, int clients, int rounds) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofMinutes(2))
                .build();
        warmUp(http, request, Math.max(clients, 5));
        List<Double> processTimes = Collections.synchronizedList(new ArrayList<>());
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                for (int r = 0; r < rounds; r++) {
                    long sent = System.nanoTime();
                    HttpResponse<Void> response = http.send(request, BodyHandlers.discarding());
                    latencies.add((System.nanoTime() - sent) / 1e9);
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(endpoint + " answered " + response.statusCode());
                    }
                    processTimes.add(Double.parseDouble(
                            response.headers().firstValue("X-Process-Time").orElse("0")));
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Row(
                endpoint,
                clients,
                latencies.size(),
                percentile(processTimes, 50),
                percentile(latencies, 99),
                latencies.size() / seconds);
    }

    /** Untimed requests first, as many at once as there will be clients: opens connections, warms the JIT. */
    private static void warmUp(HttpClient http, HttpRequest request, int count) {
        List<CompletableFuture<HttpResponse<Void>>> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            calls.add(http.sendAsync(request, BodyHandlers.discarding()));
        }
        calls.forEach(CompletableFuture::join);
    }

    static double percentile(List<Double> values, int percent) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
