package com.recipeapi.part12.auth;

import com.recipeapi.part12.Settings;
import java.time.Duration;
import java.util.Map;

/**
 * How hard guessing is made: after {@code LOGIN_MAX_FAILURES} failed logins for one account (default 5)
 * it is locked for {@code LOGIN_LOCK_SECONDS} (default 1), twice as long after each further failure, up to
 * {@code LOGIN_MAX_LOCK_SECONDS} (default 900, 15 minutes); one client address may sign up
 * {@code SIGNUP_PER_HOUR} times an hour (default 20).
 */
public record Throttling(int loginMaxFailures, Duration loginLock, Duration loginMaxLock, int signupsPerHour) {
    // region from_environment
    public static Throttling fromEnvironment(Map<String, String> env) {
        int maxFailures = Settings.integer(env, "LOGIN_MAX_FAILURES", 5, 1, 1000);
        int lock = Settings.integer(env, "LOGIN_LOCK_SECONDS", 1, 1, 3600);
        int maxLock = Settings.integer(env, "LOGIN_MAX_LOCK_SECONDS", 900, lock, 86_400);
        int signups = Settings.integer(env, "SIGNUP_PER_HOUR", 20, 1, 1_000_000);
        return new Throttling(maxFailures, Duration.ofSeconds(lock), Duration.ofSeconds(maxLock), signups);
    }
    // endregion from_environment
}
