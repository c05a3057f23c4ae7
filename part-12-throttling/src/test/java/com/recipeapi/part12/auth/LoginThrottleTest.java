package com.recipeapi.part12.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The throttle's arithmetic and its memory bound, on a clock the test moves. */
class LoginThrottleTest {
    static final Throttling LIMITS = new Throttling(3, Duration.ofSeconds(1), Duration.ofSeconds(4), 5);
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    };

    @ParameterizedTest(name = "{0} failures lock for {1} s")
    @CsvSource({"1, 0", "2, 0", "3, 1", "4, 2", "5, 4", "6, 4", "1000, 4"})
    void the_lock_starts_at_the_limit_and_doubles_up_to_the_cap(int failures, int seconds) {
        LoginThrottle throttle = new LoginThrottle(LIMITS, clock, 10);
        for (int i = 0; i < failures; i++) {
            now.set(now.get().plus(Duration.ofHours(1))); // each attempt after the last lock ended
            assertTrue(throttle.attempt("cook@example.com").isEmpty());
        }
        assertEquals(
                Duration.ofSeconds(seconds),
                throttle.attempt("cook@example.com").orElse(Duration.ZERO));
    }

    @Test
    void a_flood_of_made_up_emails_keeps_the_throttle_bounded() {
        LoginThrottle throttle = new LoginThrottle(LIMITS, Clock.systemUTC(), 100);

        for (int i = 0; i < 20_000; i++) {
            throttle.attempt("user" + i + "@example.com");
        }

        assertTrue(throttle.tracked() <= 100, throttle.tracked() + " accounts tracked");
    }
}
