package com.recipeapi.part12;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty rejects some requests before Javalin sees them (a malformed URI, a URI or header that is too
 * long); this makes those answers problem details too, instead of Jetty's HTML page.
 */
final class ProblemErrorHandler extends ErrorHandler {
    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback)
            throws IOException {
        Problem problem = new Problem("about:blank", HttpStatus.getMessage(code), code, message, null, null);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        Timing.headers(response.getHeaders()::put, System.nanoTime() - request.getBeginNanoTime());
        response.write(true, ByteBuffer.wrap(JsonBody.MAPPER.writeValueAsBytes(problem)), callback);
    }
}
