package com.recipeapi.part10.docs;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import java.util.function.Consumer;

/** Declares a route on Javalin and documents it in the same call, so no route exists without its docs. */
public final class ApiRoutes {
    private final RoutesConfig routes;
    private final OpenApiSpec spec;

    ApiRoutes(RoutesConfig routes, OpenApiSpec spec) {
        this.routes = routes;
        this.spec = spec;
    }

    public ApiRoutes get(String path, Handler handler, Consumer<Doc> doc) {
        routes.get(path, handler);
        spec.add(HttpMethod.GET, path, doc);
        return this;
    }

    public ApiRoutes post(String path, Handler handler, Consumer<Doc> doc) {
        routes.post(path, handler);
        spec.add(HttpMethod.POST, path, doc);
        return this;
    }

    public ApiRoutes delete(String path, Handler handler, Consumer<Doc> doc) {
        routes.delete(path, handler);
        spec.add(HttpMethod.DELETE, path, doc);
        return this;
    }

    /** How every error answer is documented: its media type and the record it is written as. */
    public ApiRoutes errors(String mediaType, Class<? extends Record> body) {
        spec.errors(mediaType, body);
        return this;
    }

    /** The login route of OAuth2's password flow, so the docs can log in (Swagger UI's Authorize button). */
    public ApiRoutes passwordLogin(String tokenUrl) {
        spec.passwordLogin(tokenUrl);
        return this;
    }

    /** An error any route can answer, because the server gives it before a route is chosen (a URI too long). */
    public ApiRoutes errorOnEveryRoute(int status, String description) {
        spec.errorOnEveryRoute(status, description);
        return this;
    }
}
