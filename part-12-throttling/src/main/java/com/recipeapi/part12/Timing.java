package com.recipeapi.part12;

import com.recipeapi.part12.ideas.CallTimer;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BiConsumer;

/**
 * Adds how long the server worked on a request to every answer: {@code X-Process-Time} in seconds (the original
 * tutorial's header) and {@code Server-Timing} in milliseconds, which browser tools display, with one entry per
 * outbound call a handler made: when it started, after the request did, and how long it took.
 */
final class Timing {
    private static final String START = "timing.start";
    private static final String CALLS = "timing.calls";

    private record Call(String name, long startNanos, long endNanos) {}

    private Timing() {}

    // region register
    static void register(RoutesConfig routes) {
        routes.before(ctx -> ctx.attribute(START, System.nanoTime()));
        routes.after(ctx -> {
            Long start = ctx.attribute(START);
            if (start != null) {
                Queue<Call> calls = ctx.attribute(CALLS);
                headers(ctx::header, start, System.nanoTime(), calls == null ? List.of() : calls);
            }
        });
    }
    // endregion register

    /** Where a handler's outbound calls are recorded; async calls record from other threads, hence the queue. */
    static CallTimer calls(Context ctx) {
        Queue<Call> calls = new ConcurrentLinkedQueue<>();
        ctx.attribute(CALLS, calls);
        return (name, startNanos, endNanos) -> calls.add(new Call(name, startNanos, endNanos));
    }

    static void headers(BiConsumer<String, String> header, long nanos) {
        headers(header, 0, nanos, List.of());
    }

    // region headers
    private static void headers(BiConsumer<String, String> header, long start, long end, Collection<Call> calls) {
        List<String> timings = new ArrayList<>();
        calls.stream()
                .sorted(Comparator.comparingLong(Call::startNanos))
                .forEach(call -> timings.add(String.format(
                        Locale.ROOT,
                        "%s;start=%.1f;dur=%.1f",
                        call.name(),
                        (call.startNanos() - start) / 1e6,
                        (call.endNanos() - call.startNanos()) / 1e6)));
        timings.add(String.format(Locale.ROOT, "app;dur=%.1f", (end - start) / 1e6));
        header.accept("X-Process-Time", String.format(Locale.ROOT, "%.6f", (end - start) / 1e9));
        header.accept("Server-Timing", String.join(", ", timings));
    }
    // endregion headers
}
