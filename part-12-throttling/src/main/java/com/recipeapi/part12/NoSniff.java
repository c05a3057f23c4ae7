package com.recipeapi.part12;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Tells browsers to trust the {@code Content-Type} of every answer ({@code X-Content-Type-Options: nosniff}),
 * so a JSON answer that quotes a client's text is never run as a script or shown as a page.
 */
final class NoSniff extends Handler.Wrapper {
    static final String HEADER = "X-Content-Type-Options";

    /** Before the app answers, so every answer it gives carries the header. */
    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        response.getHeaders().put(HEADER, "nosniff");
        return super.handle(request, response, callback);
    }

    /** Jetty's own answers to requests it refuses before any handler runs (a header too large): nosniff too. */
    static Request.Handler errors(Request.Handler errors) {
        return (request, response, callback) -> {
            response.getHeaders().put(HEADER, "nosniff");
            return errors.handle(request, response, callback);
        };
    }
}
