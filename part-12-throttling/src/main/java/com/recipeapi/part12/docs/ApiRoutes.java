package com.recipeapi.part12.docs;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.security.RouteRole;
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

    // region roles
    /**
     * A route with roles ({@code Role.USER}) is checked by the filter before its handler runs, and its docs
     * say it needs a token. A GET route with roles gets its HEAD route too, checked alike: otherwise Javalin
     * would answer HEAD by itself, without the check.
     */
    public ApiRoutes get(String path, Handler handler, Consumer<Doc> doc, RouteRole... roles) {
        routes.get(path, handler, roles);
        spec.add(HttpMethod.GET, path, secured(doc, roles));
        if (roles.length > 0) {
            routes.head(path, handler, roles);
            spec.add(
                    HttpMethod.HEAD,
                    path,
                    head -> head.summary("GET's headers only, checked as GET is")
                            .empty(200, "What GET answers, without its body")
                            .loggedInWithoutBody());
        }
        return this;
    }

    public ApiRoutes post(String path, Handler handler, Consumer<Doc> doc, RouteRole... roles) {
        routes.post(path, handler, roles);
        spec.add(HttpMethod.POST, path, secured(doc, roles));
        return this;
    }

    public ApiRoutes delete(String path, Handler handler, Consumer<Doc> doc, RouteRole... roles) {
        routes.delete(path, handler, roles);
        spec.add(HttpMethod.DELETE, path, secured(doc, roles));
        return this;
    }

    private static Consumer<Doc> secured(Consumer<Doc> doc, RouteRole... roles) {
        return roles.length == 0 ? doc : doc.andThen(Doc::loggedIn);
    }
    // endregion roles

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
