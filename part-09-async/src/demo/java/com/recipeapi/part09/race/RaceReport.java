package com.recipeapi.part09.race;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints the race's table, a bar per row for throughput, and how the numbers compare with the targets. */
final class RaceReport {
    private static final int BAR = 30;

    private RaceReport() {}

    static void print(List<IdeasRace.Row> rows, Map<String, Long> delaysMillis, PrintStream out) {
        double best = rows.stream().mapToDouble(IdeasRace.Row::throughput).max().orElse(1);
        out.printf(
                Locale.ROOT,
                "%-9s %7s %8s %15s %12s %12s  %s%n",
                "endpoint",
                "clients",
                "requests",
                "median X-P-T",
                "p99 latency",
                "throughput",
                "throughput, to scale");
        for (IdeasRace.Row row : rows) {
            int bar = (int) Math.max(1, Math.round(BAR * row.throughput() / best));
            out.printf(
                    Locale.ROOT,
                    "%-9s %7d %8d %13.3f s %10.3f s %8.1f r/s  %s%n",
                    row.endpoint(),
                    row.clients(),
                    row.requests(),
                    row.medianProcessTime(),
                    row.p99Latency(),
                    row.throughput(),
                    "#".repeat(bar));
        }
        double largest =
                delaysMillis.values().stream().mapToLong(Long::longValue).max().orElse(0) / 1000.0;
        double sum = delaysMillis.values().stream().mapToLong(Long::longValue).sum() / 1000.0;
        out.println();
        out.println("X-P-T is X-Process-Time, the time the server spent once a thread picked the request up;");
        out.println("latency is what the client waited, including any wait for a free server thread.");
        for (IdeasRace.Row row : rows) {
            if (row.clients() == 1) {
                double target = row.endpoint().equals("async") ? largest : sum;
                check(
                        out,
                        String.format(
                                Locale.ROOT,
                                "%s, one client: median X-P-T %.3f s within 0.020 s of %.3f s",
                                row.endpoint(),
                                row.medianProcessTime(),
                                target),
                        Math.abs(row.medianProcessTime() - target) <= 0.020);
            } else if (row.endpoint().equals("async")) {
                double limit = row.clients() / largest;
                check(
                        out,
                        String.format(
                                Locale.ROOT,
                                "async, %d clients: p99 %.3f s under %.3f s, and %.1f r/s at least 90%% of %.1f",
                                row.clients(),
                                row.p99Latency(),
                                2 * largest,
                                row.throughput(),
                                limit),
                        row.p99Latency() < 2 * largest && row.throughput() >= 0.9 * limit);
            }
        }
    }

    private static void check(PrintStream out, String text, boolean met) {
        out.println((met ? "  met:    " : "  missed: ") + text);
    }
}
