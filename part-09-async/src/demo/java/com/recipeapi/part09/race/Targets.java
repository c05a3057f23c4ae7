package com.recipeapi.part09.race;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What each row of a race is judged against: the physical limit the sources' delays set. One client waits the
 * sum of the delays (blocking) or the largest (async); n clients get at most n answers per wait, when the server
 * has a thread for each of them (blocking) or needs none while they wait (async).
 */
final class Targets {
    static final double BLOCKING_MARGIN = 0.005;
    static final double ASYNC_MARGIN = 0.003;
    static final double ASYNC_SHARE = 0.97;
    static final double BLOCKING_SHARE = 0.96;
    static final double P99_FACTOR = 1.1;

    /** A target, met or missed; a note ({@code met} null) explains a row that has no target. */
    record Target(String text, Boolean met) {
        String line() {
            return (met == null ? "  note:   " : met ? "  met:    " : "  missed: ") + text;
        }
    }

    private Targets() {}

    static List<Target> of(List<Race.RowResult> rows, RacePlan plan) {
        List<Target> targets = new ArrayList<>();
        for (Race.RowResult row : rows) {
            targets.add(of(row, plan));
            if (row.failures() > 0) {
                targets.add(new Target(
                        String.format(
                                Locale.ROOT,
                                "%s, %s: %d of %d requests failed",
                                row.row().endpoint(),
                                clients(row),
                                row.failures(),
                                row.requests()),
                        false));
            }
        }
        return targets;
    }

    static Target of(Race.RowResult row, RacePlan plan) {
        boolean async = row.row().endpoint().equals("async");
        int clients = row.row().clients();
        if (clients == 1) {
            double limit = async ? RacePlan.LARGEST : RacePlan.SUM;
            double margin = async ? ASYNC_MARGIN : BLOCKING_MARGIN;
            return new Target(
                    String.format(
                            Locale.ROOT,
                            "%s, 1 client: median X-P-T %.4f s within %.3f s of %.3f s",
                            row.row().endpoint(),
                            row.medianProcessTime(),
                            margin,
                            limit),
                    Math.abs(row.medianProcessTime() - limit) <= margin);
        }
        if (async) {
            double limit = clients / RacePlan.LARGEST;
            double p99 = P99_FACTOR * RacePlan.LARGEST;
            return new Target(
                    String.format(
                            Locale.ROOT,
                            "async, %d clients: %.2f r/s at least %.2f (%.0f%% of %.2f), and p99 %.4f s under %.3f s",
                            clients,
                            row.throughput(),
                            ASYNC_SHARE * limit,
                            ASYNC_SHARE * 100,
                            limit,
                            row.p99Latency(),
                            p99),
                    row.throughput() >= ASYNC_SHARE * limit && row.p99Latency() < p99);
        }
        if (plan.handlerThreads() >= clients) {
            double limit = clients / RacePlan.SUM;
            return new Target(
                    String.format(
                            Locale.ROOT,
                            "blocking, %d clients, a thread for each: %.2f r/s at least %.2f (%.0f%% of %.2f)",
                            clients,
                            row.throughput(),
                            BLOCKING_SHARE * limit,
                            BLOCKING_SHARE * 100,
                            limit),
                    row.throughput() >= BLOCKING_SHARE * limit);
        }
        return new Target(
                String.format(
                        Locale.ROOT,
                        "blocking, %d clients: %.1f r/s, so about %.1f requests at a time, one per free thread",
                        clients,
                        row.throughput(),
                        row.throughput() * RacePlan.SUM),
                null);
    }

    private static String clients(Race.RowResult row) {
        return row.row().clients() == 1 ? "1 client" : row.row().clients() + " clients";
    }
}
