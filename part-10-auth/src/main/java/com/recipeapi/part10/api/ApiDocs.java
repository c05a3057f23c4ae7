package com.recipeapi.part10.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Serves the OpenAPI description and two viewers for it, Swagger UI and ReDoc, from the app itself. */
public final class ApiDocs {
    /** Paths that serve documentation; they are not part of the API the spec describes. */
    public static final String[] PATHS = {"/openapi.json", "/docs", "/redoc"};

    private ApiDocs() {}

    // region register
    public static void register(JavalinConfig config) {
        config.staticFiles.enableWebjars();
        config.routes.get("/openapi.json", ctx -> send(ctx, "openapi.json", ContentType.APPLICATION_JSON));
        config.routes.get("/docs", ctx -> send(ctx, "docs/swagger.html", ContentType.TEXT_HTML));
        config.routes.get("/redoc", ctx -> send(ctx, "docs/redoc.html", ContentType.TEXT_HTML));
    }
    // endregion register

    private static void send(Context ctx, String resource, ContentType type) {
        ctx.contentType(type).result(read(resource));
    }

    private static byte[] read(String resource) {
        try (InputStream in = ApiDocs.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
