package com.recipeapi.part12.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts failed logins per account (the normalised email, whether or not it has an account) and, after too
 * many, locks it: the first lock is short, each further failure doubles it, up to a cap. The counts live in
 * memory, in a map of bounded size (Caffeine) that forgets an account a day after its last attempt.
 */
public final class LoginThrottle {
    /** Enough for every account a busy tutorial server sees; a flood of made-up emails cannot grow it further. */
    public static final int MAX_ACCOUNTS = 100_000;

    private final Throttling limits;
    private final Clock clock;
    private final Cache<String, Attempts> accounts;

    /** Failed attempts in a row, until when the account is locked, and whether the last attempt was refused. */
    private record Attempts(int failures, Instant lockedUntil, boolean refused) {}

    public LoginThrottle(Throttling limits, Clock clock, int maxAccounts) {
        this.limits = limits;
        this.clock = clock;
        this.accounts = Caffeine.newBuilder()
                .maximumSize(maxAccounts)
                .expireAfterWrite(Duration.ofDays(1))
                .build();
    }

    // region attempt
    /**
     * Call before checking a password. While the account is locked, the attempt is refused: the answer is how
     * long the lock lasts, and the password must not be checked. Otherwise the attempt counts as a failure
     * now, before the check, so a burst of parallel guesses cannot slip in while the first ones are being
     * checked; {@link #succeeded} clears the count.
     */
    public Optional<Duration> attempt(String account) {
        Instant now = clock.instant();
        Attempts after = accounts.asMap().compute(account, (key, before) -> next(before, now));
        return after.refused() ? Optional.of(Duration.between(now, after.lockedUntil())) : Optional.empty();
    }

    private Attempts next(Attempts before, Instant now) {
        if (before != null && before.lockedUntil().isAfter(now)) {
            return new Attempts(before.failures(), before.lockedUntil(), true);
        }
        int failures = before == null ? 1 : before.failures() + 1;
        return new Attempts(failures, now.plus(lock(failures)), false);
    }
    // endregion attempt

    public void succeeded(String account) {
        accounts.invalidate(account);
    }

    // region lock
    /** None before the limit; at the limit the first lock, then twice as long per failure, up to the cap. */
    Duration lock(int failures) {
        if (failures < limits.loginMaxFailures()) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - limits.loginMaxFailures(), 30);
        Duration lock = limits.loginLock().multipliedBy(1L << doublings);
        return lock.compareTo(limits.loginMaxLock()) < 0 ? lock : limits.loginMaxLock();
    }
    // endregion lock

    /** How many accounts are remembered now. */
    public long tracked() {
        accounts.cleanUp();
        return accounts.estimatedSize();
    }
}
