package com.recipeapi.part10.docs;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Serves the API's OpenAPI description, built from the routes as they are declared, and two viewers for it. */
public final class ApiDocs {
    /** Paths that serve the documentation; they are not part of the API it describes. */
    public static final List<String> PATHS = List.of("/openapi.json", "/docs", "/redoc");

    private ApiDocs() {}

    // region register
    /** Serves the docs and returns the routes to declare the API on: each one is documented as it is added. */
    public static ApiRoutes register(JavalinConfig config, ObjectMapper mapper) {
        OpenApiSpec spec = new OpenApiSpec(mapper);
        config.staticFiles.enableWebjars();
        config.routes.get(
                "/openapi.json",
                ctx -> ctx.contentType(ContentType.APPLICATION_JSON).result(spec.json()));
        config.routes.get("/docs", ctx -> page(ctx, "docs/swagger.html"));
        config.routes.get("/redoc", ctx -> page(ctx, "docs/redoc.html"));
        return new ApiRoutes(config.routes, spec);
    }
    // endregion register

    private static void page(Context ctx, String resource) {
        try (InputStream in = ApiDocs.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            ctx.contentType(ContentType.TEXT_HTML).result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
