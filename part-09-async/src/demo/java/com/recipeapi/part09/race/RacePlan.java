package com.recipeapi.part09.race;

import com.recipeapi.part09.IdeasUpstream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows a race runs, in order (each number of clients, on the blocking and then the async endpoint), and
 * about how long they take: the sources' delays set the pace, and the server's threads how many run at once.
 */
record RacePlan(RaceOptions options, List<Row> rows) {
    static final String BLOCKING = "/api/v1/recipes/ideas/";
    static final String ASYNC = "/api/v1/recipes/ideas/async";
    static final Map<String, Duration> DELAYS = IdeasUpstream.delays(IdeasUpstream.DEFAULT_DELAYS);
    /** What one blocking request waits for, one source after another, in seconds. */
    static final double SUM =
            DELAYS.values().stream().mapToLong(Duration::toMillis).sum() / 1000.0;
    /** What one async request waits for, the slowest source, in seconds. */
    static final double LARGEST =
            DELAYS.values().stream().mapToLong(Duration::toMillis).max().orElse(0) / 1000.0;
    /** Untimed requests before the race, so that the JIT has compiled what every request runs. */
    static final List<Row> WARM_UP = List.of(new Row("async", ASYNC, 50, 20), new Row("blocking", BLOCKING, 4, 3));

    /** One row of the table: {@code clients} clients, each sending {@code rounds} requests one after another. */
    record Row(String endpoint, String path, int clients, int rounds) {
        int requests() {
            return clients * rounds;
        }

        /** About how long the row takes when the server works on at most {@code atOnce} requests at a time. */
        double seconds(int atOnce) {
            if (endpoint.equals("async")) {
                return rounds * (LARGEST + 0.01);
            }
            return Math.max(rounds, Math.ceil((double) requests() / Math.min(clients, atOnce))) * (SUM + 0.01);
        }
    }

    static RacePlan of(RaceOptions options) {
        List<Row> rows = new ArrayList<>();
        for (int clients : options.clients()) {
            rows.add(new Row("blocking", BLOCKING, clients, options.rounds()));
            rows.add(new Row("async", ASYNC, clients, options.rounds()));
        }
        return new RacePlan(options, List.copyOf(rows));
    }

    /**
     * About how many blocking requests the server works on at once: each holds a thread for its whole wait, and
     * of a small fixed pool Jetty keeps about three threads for accepting and reading connections.
     */
    int handlerThreads() {
        if (options.virtual() && !options.virtualUnavailable()) {
            return Integer.MAX_VALUE;
        }
        return options.threads() == 0 ? RaceOptions.MAX_THREADS - 3 : options.threads() - 3;
    }

    Duration warmUpEstimate() {
        return options.warmUp() ? seconds(WARM_UP) : Duration.ZERO;
    }

    /** The whole race: the warm-up, if any, and every row. */
    Duration estimate() {
        return warmUpEstimate().plus(seconds(rows));
    }

    private Duration seconds(List<Row> rows) {
        double seconds =
                rows.stream().mapToDouble(row -> row.seconds(handlerThreads())).sum();
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    /** The delays as the terminal shows them: {recipes=300, easyrecipes=500, TopSecretRecipes=700}. */
    static String delaysMillis() {
        Map<String, Long> millis = new LinkedHashMap<>();
        DELAYS.forEach((source, delay) -> millis.put(source, delay.toMillis()));
        return millis.toString();
    }

    static String describe(Duration duration) {
        long seconds = Math.max(1, Math.round(duration.toMillis() / 1000.0));
        return seconds < 90 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
    }
}
