package com.recipeapi.part09.race;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Prints the race's table, a bar per row for throughput, and how each row did against its target. */
final class RaceReport {
    private static final int BAR = 30;

    private RaceReport() {}

    static void print(List<Race.RowResult> rows, RacePlan plan, PrintStream out) {
        double best =
                rows.stream().mapToDouble(Race.RowResult::throughput).max().orElse(1);
        out.printf(
                Locale.ROOT,
                "%-9s %7s %8s %6s %14s %12s %12s  %s%n",
                "endpoint",
                "clients",
                "requests",
                "failed",
                "median X-P-T",
                "p99 latency",
                "throughput",
                "throughput, to scale");
        for (Race.RowResult row : rows) {
            int bar = (int) Math.max(1, Math.round(BAR * row.throughput() / best));
            out.printf(
                    Locale.ROOT,
                    "%-9s %7d %8d %6d %12.3f s %10.3f s %8.1f r/s  %s%n",
                    row.row().endpoint(),
                    row.row().clients(),
                    row.requests(),
                    row.failures(),
                    row.medianProcessTime(),
                    row.p99Latency(),
                    row.throughput(),
                    "#".repeat(bar));
        }
        out.println();
        out.println("X-P-T is X-Process-Time, the time the server spent once a thread picked the request up;");
        out.println("latency is what the client waited, including any wait for a free server thread.");
        Targets.of(rows, plan).forEach(target -> out.println(target.line()));
    }
}
