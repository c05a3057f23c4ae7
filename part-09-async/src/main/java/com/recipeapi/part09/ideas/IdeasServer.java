package com.recipeapi.part09.ideas;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A stand-in for the public API the original tutorial called: on loopback, it serves each source's top
 * posts as {@code /r/{source}/top.json}, after a fixed delay per source, so timings are repeatable offline.
 * A fault can be set per source, for tests and live demos.
 */
public final class IdeasServer implements AutoCloseable {
    /** What a source does instead of answering well. */
    public enum Fault {
        NONE,
        SERVER_ERROR,
        INVALID_JSON,
        WRONG_SHAPE,
        HANG
    }

    private final Map<String, Duration> delays;
    private final Map<String, Fault> faults = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    /** One thread that waits out every delay; without it, each answer would start a thread of its own. */
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "ideas-timer");
        thread.setDaemon(true);
        return thread;
    });

    private Javalin javalin;

    private IdeasServer(Map<String, Duration> delays) {
        this.delays = Map.copyOf(delays);
    }

    /** Starts on a free loopback port. */
    public static IdeasServer start(Map<String, Duration> delays) {
        IdeasServer ideas = new IdeasServer(delays);
        ideas.javalin = Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    config.jetty.addConnector((server, http) -> {
                        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                        connector.setHost("127.0.0.1");
                        connector.setAcceptQueueSize(1024); // the app may open many connections at once
                        return connector;
                    });
                    config.routes.get("/r/{source}/top.json", ideas::serve);
                })
                .start();
        return ideas;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + javalin.port();
    }

    public void fault(String source, Fault fault) {
        faults.put(source, fault);
    }

    /** The most requests that were in progress at the same moment since the last call. */
    public int takeMaxInFlight() {
        return maxInFlight.getAndSet(0);
    }

    // region serve
    /** Answers after the source's delay, without holding a thread while it waits. */
    private void serve(Context ctx) {
        String source = ctx.pathParam("source");
        Fault fault = faults.getOrDefault(source, Fault.NONE);
        if (fault == Fault.HANG) {
            ctx.future(CompletableFuture::new); // never answers: only the caller's timeout ends the wait
            return;
        }
        long delay = delays.getOrDefault(source, Duration.ZERO).toMillis();
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        ctx.future(() -> {
            CompletableFuture<Void> waited = new CompletableFuture<>();
            timer.schedule(() -> waited.complete(null), delay, TimeUnit.MILLISECONDS);
            return waited.thenRun(() -> answer(ctx, source, fault)) // on the timer thread, at once
                    .whenComplete((done, error) -> inFlight.decrementAndGet());
        });
    }
    // endregion serve

    private void answer(Context ctx, String source, Fault fault) {
        ctx.contentType("application/json");
        if (!delays.containsKey(source) || fault == Fault.SERVER_ERROR) {
            ctx.status(delays.containsKey(source) ? 500 : 404).result("{\"error\": \"no such source\"}");
        } else if (fault == Fault.INVALID_JSON) {
            ctx.result("{\"data\": {\"children\": [");
        } else if (fault == Fault.WRONG_SHAPE) {
            ctx.result("{\"data\": {\"children\": {\"score\": 1}}}");
        } else {
            ctx.result(TopPosts.document(source));
        }
    }

    @Override
    public void close() {
        javalin.stop();
        timer.shutdownNow();
    }
}
