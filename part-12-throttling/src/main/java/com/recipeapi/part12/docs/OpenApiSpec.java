package com.recipeapi.part12.docs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The OpenAPI 3.0 description, collected while the routes are declared and built (with swagger-core's model)
 * the first time someone asks for it, which keeps that work off the server's start.
 */
final class OpenApiSpec {
    static final String LOGIN = "OAuth2Password";
    private final ObjectMapper mapper;
    private final List<Runnable> pending = new ArrayList<>();
    private final OpenAPI openApi = new OpenAPI()
            .openapi("3.0.3")
            .info(new Info().title("Recipe API").version("1.0.0"))
            .paths(new Paths())
            .components(new Components());
    private Schemas schemas;
    private String json;
    private String errorMediaType = "application/json";
    private Class<? extends Record> errorBody;
    private final Map<Integer, String> errorsOnEveryRoute = new TreeMap<>();

    OpenApiSpec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    synchronized void add(PathItem.HttpMethod method, String path, Consumer<Doc> doc) {
        pending.add(() -> {
            Doc operation = new Doc(schemas, errorMediaType, errorBody);
            doc.accept(operation);
            errorsOnEveryRoute.forEach(operation::error);
            openApi.getPaths().computeIfAbsent(path, p -> new PathItem()).operation(method, operation.operation());
        });
        json = null;
    }

    synchronized void errors(String mediaType, Class<? extends Record> body) {
        this.errorMediaType = mediaType;
        this.errorBody = body;
    }

    /** OAuth2's password flow: what Swagger UI's Authorize button logs in with. */
    synchronized void passwordLogin(String tokenUrl) {
        OAuthFlow flow = new OAuthFlow().tokenUrl(tokenUrl).scopes(new Scopes());
        openApi.getComponents()
                .addSecuritySchemes(
                        LOGIN,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.OAUTH2)
                                .description("Log in with your email as the username.")
                                .flows(new OAuthFlows().password(flow)));
        json = null;
    }

    synchronized void errorOnEveryRoute(int status, String description) {
        errorsOnEveryRoute.put(status, description);
    }

    /** The description as JSON, written by swagger-core's own mapper, which knows the OpenAPI format. */
    synchronized String json() {
        if (json == null) {
            if (schemas == null) {
                schemas = new Schemas(mapper, openApi.getComponents());
            }
            pending.forEach(Runnable::run);
            pending.clear();
            try {
                json = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(openApi);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        return json;
    }
}
