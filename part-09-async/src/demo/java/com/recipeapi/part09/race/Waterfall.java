package com.recipeapi.part09.race;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One request to each ideas endpoint, and when each of its calls to the sources started and ended, as the server
 * measured them and told in its {@code Server-Timing} header ({@code recipes;start=0.1;dur=315.3, ..., app;dur=718.2}).
 */
final class Waterfall {
    /** One request: its endpoint, status, header as sent, the whole request's time, and each source's call. */
    record Request(String endpoint, String path, int status, String serverTiming, double totalMs, List<Call> calls) {}

    /** One outbound call, in milliseconds after the request started. */
    record Call(String source, double startMs, double durMs) {}

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final String baseUrl;

    Waterfall(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The blocking endpoint, then the async one, one request each, one after the other. */
    List<Request> measure() throws IOException, InterruptedException {
        return List.of(request("blocking", RacePlan.BLOCKING), request("async", RacePlan.ASYNC));
    }

    private Request request(String endpoint, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(15))
                .build();
        var response = http.send(request, BodyHandlers.discarding());
        String header = response.headers().firstValue("Server-Timing").orElse("");
        List<Call> calls = new ArrayList<>();
        double total = 0;
        for (String entry : header.split(",")) {
            Call call = parse(entry.strip());
            if (call == null) {
                continue;
            }
            if (call.source().equals("app")) {
                total = call.durMs();
            } else {
                calls.add(call);
            }
        }
        return new Request(endpoint, path, response.statusCode(), header, total, List.copyOf(calls));
    }

    /** {@code recipes;start=0.1;dur=315.3} to a call; null for an entry without a duration. */
    static Call parse(String entry) {
        String[] parts = entry.split(";");
        double start = 0;
        double dur = -1;
        for (int i = 1; i < parts.length; i++) {
            String[] pair = parts[i].strip().split("=", 2);
            if (pair.length == 2 && pair[1].matches("\\d{1,9}(\\.\\d{1,6})?")) {
                switch (pair[0]) {
                    case "start" -> start = Double.parseDouble(pair[1]);
                    case "dur" -> dur = Double.parseDouble(pair[1]);
                    default -> {}
                }
            }
        }
        return parts[0].isBlank() || dur < 0 ? null : new Call(parts[0].strip(), start, dur);
    }
}
