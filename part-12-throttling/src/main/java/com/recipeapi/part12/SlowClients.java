package com.recipeapi.part12;

import io.javalin.config.JavalinConfig;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;

/**
 * A handler reads a request's body on a server thread, which waits for as long as the body takes to arrive.
 * So a client that trickles its body, or stops sending, would hold a thread for as long as it likes; enough
 * of them and the server has none left. These limits cut such a client off.
 */
final class SlowClients {
    /** A body that arrives slower than this is cut off with 408; 64 KiB, the largest, may take a minute. */
    static final long MIN_BODY_BYTES_PER_SECOND = 1024;
    /** A connection on which nothing arrives for this long is closed, during a request or between two. */
    static final long IDLE_TIMEOUT_MILLIS = 10_000;

    private SlowClients() {}

    // region register
    static void register(JavalinConfig config) {
        config.jetty.modifyServer(
                server -> server.insertHandler(new MinimumDataRateHandler(MIN_BODY_BYTES_PER_SECOND, 0)));
        // The connector Javalin would make (on the port given to start()), with a shorter idle timeout.
        config.jetty.addConnector((server, http) -> {
            ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
            connector.setHost(config.jetty.host);
            connector.setPort(config.jetty.port);
            connector.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
            return connector;
        });
    }
    // endregion register
}
