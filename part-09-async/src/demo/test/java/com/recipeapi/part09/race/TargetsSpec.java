package com.recipeapi.part09.race;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each target line shows enough digits that a value just past its limit never reads as the limit itself. */
class TargetsSpec {
    private static final RacePlan PLAN = RacePlan.of(RaceOptions.DEFAULT);

    private static Race.RowResult row(String endpoint, int clients, double median, double throughput) {
        RacePlan.Row row = new RacePlan.Row(endpoint, endpoint, clients, 3);
        return new Race.RowResult(row, row.requests(), 0, median, 0.72, throughput, 2.2);
    }

    @Test
    void a_one_client_median_just_past_its_margin_is_missed_and_shown_to_a_tenth_of_a_millisecond() {
        Targets.Target target = Targets.of(row("async", 1, 0.7034, 1.4), PLAN);

        assertEquals("  missed: async, 1 client: median X-P-T 0.7034 s within 0.003 s of 0.700 s", target.line());
    }

    @Test
    void a_throughput_just_under_its_share_is_missed_and_names_the_threshold() {
        Targets.Target target = Targets.of(row("async", 50, 0.705, 69.26), PLAN);

        assertEquals(
                "  missed: async, 50 clients: 69.26 r/s at least 69.29 (97% of 71.43), and p99 0.7200 s under 0.770 s",
                target.line());
    }

    @Test
    void a_blocking_row_with_a_thread_per_client_is_met_at_its_share() {
        RacePlan plan = RacePlan.of(new RaceOptions(List.of(50), 3, 0, false, true));
        Targets.Target target = Targets.of(row("blocking", 50, 1.51, 32.6), plan);

        assertEquals(
                "  met:    blocking, 50 clients, a thread for each: 32.60 r/s at least 32.00 (96% of 33.33)",
                target.line());
    }
}
