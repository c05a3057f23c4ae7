package com.recipeapi.part12;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Javalin's {@code ctx.method()} believes an {@code X-HTTP-Method-Override} header on any request, so a GET
 * carrying {@code X-HTTP-Method-Override: DELETE} would run a DELETE handler. This Jetty handler, in front of
 * Javalin, removes the header: the method is the one on the request line.
 */
final class NoMethodOverride extends Handler.Wrapper {
    static final String HEADER = "X-HTTP-Method-Override";

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!request.getHeaders().contains(HEADER)) {
            return super.handle(request, response, callback);
        }
        HttpFields headers =
                HttpFields.build(request.getHeaders()).remove(HEADER).asImmutable();
        return super.handle(
                new Request.Wrapper(request) {
                    @Override
                    public HttpFields getHeaders() {
                        return headers;
                    }
                },
                response,
                callback);
    }
}
