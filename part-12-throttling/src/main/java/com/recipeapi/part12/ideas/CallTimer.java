package com.recipeapi.part12.ideas;

/** Told when each call to a source started and ended, as {@link System#nanoTime()}, for {@code Server-Timing}. */
@FunctionalInterface
public interface CallTimer {
    CallTimer NONE = (source, startNanos, endNanos) -> {};

    void record(String source, long startNanos, long endNanos);
}
