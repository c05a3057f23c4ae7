package com.recipeapi.part12;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the server's threads are chosen from the settings. */
class ServerThreadsTest {
    @Test
    void virtual_threads_are_used_only_where_the_JDK_has_them_and_the_pool_size_stays_otherwise() {
        ServerThreads threads = ServerThreads.of(8, true);

        assertEquals(ServerThreads.VIRTUAL_AVAILABLE, threads.virtual());
        assertEquals(8, threads.max());
    }

    @Test
    void a_pool_too_small_for_Jetty_or_a_setting_that_is_not_a_number_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> ServerThreads.of(3, false));
        assertThrows(
                IllegalArgumentException.class, () -> ServerThreads.fromEnvironment(Map.of("SERVER_THREADS", "x")));
    }
}
