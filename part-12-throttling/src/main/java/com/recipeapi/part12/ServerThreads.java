package com.recipeapi.part12;

import io.javalin.config.JavalinConfig;
import java.util.Map;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the server runs request handlers: on a pool of platform threads ({@code SERVER_THREADS} of them,
 * or Javalin's default of up to 250), or, with {@code VIRTUAL_THREADS=true} on JDK 21 or newer, on a new
 * virtual thread each.
 */
public record ServerThreads(int max, boolean virtual) {
    private static final Logger LOG = LoggerFactory.getLogger(ServerThreads.class);
    public static final ServerThreads DEFAULT = new ServerThreads(0, false);
    public static final boolean VIRTUAL_AVAILABLE = Runtime.version().feature() >= 21;

    public static ServerThreads fromEnvironment(Map<String, String> env) {
        int max = Settings.integer(env, "SERVER_THREADS", 0, 0, 10_000);
        return of(max, Settings.flag(env, "VIRTUAL_THREADS", false));
    }

    /** Falls back to platform threads, saying so, where virtual threads are not available. */
    public static ServerThreads of(int max, boolean virtual) {
        if (virtual && !VIRTUAL_AVAILABLE) {
            LOG.warn("Virtual threads need JDK 21 or newer; this is JDK "
                    + Runtime.version().feature() + ". Using platform threads.");
        }
        if (max != 0 && max < 6) {
            throw new IllegalArgumentException(
                    "SERVER_THREADS must be 0 (the default) or at least 6, for Jetty's own threads");
        }
        return new ServerThreads(max, virtual && VIRTUAL_AVAILABLE);
    }

    // region apply
    void apply(JavalinConfig config) {
        if (virtual) {
            config.concurrency.useVirtualThreads = true;
        } else if (max > 0) {
            config.jetty.threadPool = new QueuedThreadPool(max, max);
        }
    }
    // endregion apply

    public String describe() {
        return virtual
                ? "virtual threads"
                : max > 0
                        ? "a pool of " + max + " platform threads"
                        : "Javalin's default pool (up to 250 platform threads)";
    }
}
