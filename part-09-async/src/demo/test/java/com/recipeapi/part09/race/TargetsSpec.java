package com.recipeapi.part09.race;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Each target line shows enough digits that a value just past its limit never reads as the limit itself. The
 * limits come from the sources' delays, whatever they are (an exercise adds a source).
 */
class TargetsSpec {
    private static final RacePlan PLAN = RacePlan.of(RaceOptions.DEFAULT);

    private static Race.RowResult row(String endpoint, int clients, double median, double throughput) {
        RacePlan.Row row = new RacePlan.Row(endpoint, endpoint, clients, 3);
        return new Race.RowResult(row, row.requests(), 0, median, 0.72, throughput, 2.2);
    }

    @Test
    void a_one_client_median_just_past_its_margin_is_missed_and_shown_to_a_tenth_of_a_millisecond() {
        double median = RacePlan.LARGEST + Targets.ASYNC_MARGIN + 0.0004;

        Targets.Target target = Targets.of(row("async", 1, median, 1.4), PLAN);

        assertEquals(false, target.met());
        assertEquals(
                format(
                        "  missed: async, 1 client: median X-P-T %.4f s within 0.003 s of %.3f s",
                        median, RacePlan.LARGEST),
                target.line());
    }

    @Test
    void a_throughput_just_under_its_share_is_missed_and_names_the_threshold() {
        double limit = 50 / RacePlan.LARGEST;
        double throughput = Targets.ASYNC_SHARE * limit - 0.03;

        Targets.Target target = Targets.of(row("async", 50, 0.705, throughput), PLAN);

        assertEquals(false, target.met());
        assertEquals(
                format(
                        "  missed: async, 50 clients: %.2f r/s at least %.2f (97%% of %.2f), and p99 0.7200 s under %.3f s",
                        throughput, Targets.ASYNC_SHARE * limit, limit, Targets.P99_FACTOR * RacePlan.LARGEST),
                target.line());
    }

    @Test
    void a_blocking_row_with_a_thread_per_client_is_met_at_its_share() {
        RacePlan plan = RacePlan.of(new RaceOptions(List.of(50), 3, 0, false, true));
        double limit = 50 / RacePlan.SUM;
        double throughput = Targets.BLOCKING_SHARE * limit + 0.03;

        Targets.Target target = Targets.of(row("blocking", 50, RacePlan.SUM, throughput), plan);

        assertEquals(true, target.met());
        assertEquals(
                format(
                        "  met:    blocking, 50 clients, a thread for each: %.2f r/s at least %.2f (96%% of %.2f)",
                        throughput, Targets.BLOCKING_SHARE * limit, limit),
                target.line());
    }

    private static String format(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
