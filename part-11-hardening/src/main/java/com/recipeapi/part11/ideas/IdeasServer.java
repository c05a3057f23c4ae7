package com.recipeapi.part11.ideas;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A stand-in for the public API the original tutorial called: on loopback, it serves each source's top
 * posts as {@code /r/{source}/top.json}, after a fixed delay per source, so timings are repeatable offline.
 * A fault can be set per source, for tests and live demos. It is a bare Jetty handler rather than a Javalin
 * app: fewer steps between the end of a delay and the answer, so the calls cost what the delays say.
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

    private static final Pattern PATH = Pattern.compile("/r/([^/]+)/top\\.json");

    private final Map<String, Duration> delays;
    private final Map<String, Fault> faults = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    /** One thread that waits out every delay and then writes the answer itself. */
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "ideas-timer");
        thread.setDaemon(true);
        return thread;
    });

    private final Server server;
    private final ServerConnector connector;

    private IdeasServer(Map<String, Duration> delays) {
        this.delays = Map.copyOf(delays);
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("ideas-server");
        threads.setDaemon(true);
        server = new Server(threads);
        connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setAcceptQueueSize(1024); // the app may open many connections at once
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract.NonBlocking() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                return serve(request, response, callback);
            }
        });
    }

    /** Starts on a free loopback port. */
    public static IdeasServer start(Map<String, Duration> delays) {
        IdeasServer ideas = new IdeasServer(delays);
        try {
            ideas.server.start();
        } catch (Exception e) {
            ideas.close();
            throw new IllegalStateException("The built-in ideas server could not start", e);
        }
        return ideas;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + connector.getLocalPort();
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
    private boolean serve(Request request, Response response, Callback callback) {
        Matcher path = PATH.matcher(Request.getPathInContext(request));
        if (!"GET".equals(request.getMethod()) || !path.matches()) {
            return false; // Jetty answers 404
        }
        String source = path.group(1);
        Fault fault = faults.getOrDefault(source, Fault.NONE);
        if (fault == Fault.HANG) {
            return true; // never answers: only the caller's timeout ends the wait
        }
        long delay = delays.getOrDefault(source, Duration.ZERO).toMillis();
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        timer.schedule(() -> answer(response, callback, source, fault), delay, TimeUnit.MILLISECONDS);
        return true;
    }
    // endregion serve

    private void answer(Response response, Callback callback, String source, Fault fault) {
        inFlight.decrementAndGet();
        String body;
        if (!delays.containsKey(source) || fault == Fault.SERVER_ERROR) {
            response.setStatus(delays.containsKey(source) ? 500 : 404);
            body = "{\"error\": \"no such source\"}";
        } else if (fault == Fault.INVALID_JSON) {
            body = "{\"data\": {\"children\": [";
        } else if (fault == Fault.WRONG_SHAPE) {
            body = "{\"data\": {\"children\": {\"score\": 1}}}";
        } else {
            body = TopPosts.document(source);
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("The built-in ideas server did not stop cleanly", e);
        }
    }
}
