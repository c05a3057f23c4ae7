package com.recipeapi.part12.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts sign-ups per client address in windows of an hour, from the address's first sign-up; past the limit,
 * it says how long until the window ends. Bounded in size, like {@link LoginThrottle}.
 */
public final class SignupThrottle {
    public static final int MAX_ADDRESSES = 100_000;
    private static final Duration WINDOW = Duration.ofHours(1);
    private final int perWindow;
    private final Clock clock;
    private final Cache<String, Window> addresses;

    private record Window(Instant start, int signups) {}

    public SignupThrottle(int perWindow, Clock clock, int maxAddresses) {
        this.perWindow = perWindow;
        this.clock = clock;
        this.addresses = Caffeine.newBuilder() // written at every sign-up, so an entry outlives its window
                .maximumSize(maxAddresses)
                .expireAfterWrite(WINDOW)
                .build();
    }

    /** Counts a sign-up from the address: empty when it may go ahead, else how long until it may. */
    public Optional<Duration> attempt(String address) {
        Instant now = clock.instant();
        Window window = addresses.asMap().compute(address, (key, before) -> {
            boolean over = before == null || !before.start().plus(WINDOW).isAfter(now);
            return over ? new Window(now, 1) : new Window(before.start(), before.signups() + 1);
        });
        return window.signups() <= perWindow
                ? Optional.empty()
                : Optional.of(Duration.between(now, window.start().plus(WINDOW)));
    }
}
