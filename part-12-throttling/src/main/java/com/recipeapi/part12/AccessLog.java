package com.recipeapi.part12;

import java.util.Locale;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.NanoTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One line per request in the terminal, as the original tutorial's server prints: method, path, status, time. */
final class AccessLog implements RequestLog {
    private static final Logger LOG = LoggerFactory.getLogger(AccessLog.class);

    @Override
    public void log(Request request, Response response) {
        if (LOG.isInfoEnabled()) {
            double millis = NanoTime.since(request.getBeginNanoTime()) / 1e6;
            LOG.info(String.format(
                    Locale.ROOT,
                    "%s %s %d (%.1f ms)",
                    request.getMethod(),
                    request.getHttpURI().getPathQuery(),
                    response.getStatus(),
                    millis));
        }
    }
}
