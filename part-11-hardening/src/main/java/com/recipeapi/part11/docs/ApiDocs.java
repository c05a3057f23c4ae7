package com.recipeapi.part11.docs;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Serves the API's OpenAPI description, built from the routes as they are declared, and two viewers for it. */
public final class ApiDocs {
    /** Paths that serve the documentation; they are not part of the API it describes. */
    public static final List<String> PATHS = List.of("/openapi.json", "/docs", "/docs/swagger-init.js", "/redoc");

    // region policy
    /**
     * The pages' Content-Security-Policy: scripts from this server only (no inline script, so no injected one
     * either), and never inside another site's frame. ReDoc adds inline styles, runs a worker from a blob:
     * URL and shows its maker's logo from their server; both viewers show data: images.
     */
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data: https://cdn.redoc.ly; worker-src blob:; object-src 'none'; base-uri 'none';"
            + " form-action 'self'; frame-ancestors 'none'";
    // endregion policy

    private ApiDocs() {}

    // region register
    /** Serves the docs and returns the routes to declare the API on: each one is documented as it is added. */
    public static ApiRoutes register(JavalinConfig config, ObjectMapper mapper) {
        OpenApiSpec spec = new OpenApiSpec(mapper);
        config.staticFiles.enableWebjars();
        config.routes.get(
                "/openapi.json",
                ctx -> ctx.contentType(ContentType.APPLICATION_JSON).result(spec.json()));
        config.routes.get("/docs", ctx -> page(ctx, "docs/swagger.html", ContentType.TEXT_HTML));
        config.routes.get("/docs/swagger-init.js", ctx -> page(ctx, "docs/swagger-init.js", ContentType.TEXT_JS));
        config.routes.get("/redoc", ctx -> page(ctx, "docs/redoc.html", ContentType.TEXT_HTML));
        return new ApiRoutes(config.routes, spec);
    }
    // endregion register

    private static void page(Context ctx, String resource, ContentType type) {
        ctx.header(Header.CONTENT_SECURITY_POLICY, POLICY);
        try (InputStream in = ApiDocs.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            ctx.contentType(type).result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
