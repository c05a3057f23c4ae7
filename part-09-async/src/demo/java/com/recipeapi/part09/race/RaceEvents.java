package com.recipeapi.part09.race;

import com.recipeapi.part09.ServerThreads;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the page hears of a race, as server-sent events: the plan, each row's progress, and each row's result. */
final class RaceEvents {
    /** {@code plan}: the rows to run, the server's threads, and about how long it takes. */
    record Plan(String threads, String delaysMs, double estimateSeconds, List<Row> rows) {}

    record Row(String endpoint, String path, int clients, int rounds, int requests) {}

    /** {@code progress}: how many of a row's requests have been answered (failures included) so far. */
    record Progress(int row, int answered, int failures) {}

    /** {@code finished}: a row's numbers, the same as the terminal's table, and its target line. */
    record Finished(
            int row,
            int requests,
            int failures,
            double medianProcessTime,
            double p99Latency,
            double throughput,
            double seconds,
            String target,
            Boolean met) {}

    private RaceEvents() {}

    /** What the page's form needs: the defaults, the bounds, and whether this JDK has virtual threads. */
    static Map<String, Object> config() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("defaults", RaceOptions.DEFAULT);
        config.put("max_clients", RaceOptions.MAX_CLIENTS);
        config.put("max_rounds", RaceOptions.MAX_ROUNDS);
        config.put(
                "threads",
                "0 (Javalin's default pool) or " + RaceOptions.MIN_THREADS + " to " + RaceOptions.MAX_THREADS);
        config.put("virtual_available", ServerThreads.VIRTUAL_AVAILABLE);
        config.put("jdk", Runtime.version().feature());
        config.put(
                "delays_ms",
                RacePlan.DELAYS.values().stream().map(Duration::toMillis).toList());
        config.put(
                "warm_up_seconds",
                RacePlan.of(RaceOptions.DEFAULT).warmUpEstimate().toMillis() / 1000.0);
        return config;
    }

    static Plan plan(RacePlan plan, String threads) {
        List<Row> rows = plan.rows().stream()
                .map(row -> new Row(row.endpoint(), row.path(), row.clients(), row.rounds(), row.requests()))
                .toList();
        return new Plan(threads, RacePlan.delaysMillis(), plan.estimate().toMillis() / 1000.0, rows);
    }

    static Progress progress(int row, int answered, int failures) {
        return new Progress(row, answered, failures);
    }

    static Finished finished(int row, Race.RowResult result, Targets.Target target) {
        return new Finished(
                row,
                result.requests(),
                result.failures(),
                result.medianProcessTime(),
                result.p99Latency(),
                result.throughput(),
                result.seconds(),
                target.text(),
                target.met());
    }
}
