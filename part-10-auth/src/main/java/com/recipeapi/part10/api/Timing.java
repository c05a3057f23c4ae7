package com.recipeapi.part10.api;

import io.javalin.config.RoutesConfig;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * Adds how long the server worked on a request to every answer: {@code X-Process-Time} in seconds (the
 * original tutorial's header) and {@code Server-Timing} in milliseconds, which browser tools display.
 */
public final class Timing {
    private static final String START = "timing.start";

    private Timing() {}

    // region register
    public static void register(RoutesConfig routes) {
        routes.before(ctx -> ctx.attribute(START, System.nanoTime()));
        routes.after(ctx -> {
            Long start = ctx.attribute(START);
            if (start != null) {
                headers(ctx::header, System.nanoTime() - start);
            }
        });
    }
    // endregion register

    static void headers(BiConsumer<String, String> header, long nanos) {
        header.accept("X-Process-Time", String.format(Locale.ROOT, "%.6f", nanos / 1e9));
        header.accept("Server-Timing", String.format(Locale.ROOT, "app;dur=%.1f", nanos / 1e6));
    }
}
