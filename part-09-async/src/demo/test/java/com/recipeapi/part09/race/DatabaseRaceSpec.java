package com.recipeapi.part09.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The database race: a pool lends no more connections than it has, and unknown options are refused. */
class DatabaseRaceSpec {

    @Test
    void a_pool_of_two_runs_at_most_two_queries_at_once_however_many_threads_ask() throws Exception {
        SlowQuery query = new SlowQuery("jdbc:h2:mem:spec-" + UUID.randomUUID(), "sa", "", "CALL SLEEP(10)");

        DatabaseRace.Result result = query.run(new DatabaseRace.Row(2, 10));

        assertEquals(2, result.mostInUse());
    }

    @Test
    void an_unknown_option_is_refused_naming_it_before_anything_runs() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class,
                () -> DatabaseRace.run(List.of("--fast"), new PrintStream(out, true, StandardCharsets.UTF_8)));

        assertEquals("unknown option --fast", refused.getMessage());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }
}
