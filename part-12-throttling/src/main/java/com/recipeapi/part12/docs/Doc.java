package com.recipeapi.part12.docs;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;

/** The documentation of one route, written next to it: what it reads and what it answers. */
public final class Doc {
    private final Operation operation = new Operation().responses(new ApiResponses());
    private final Schemas schemas;
    private final String errorMediaType;
    private final Class<? extends Record> errorBody;

    Doc(Schemas schemas, String errorMediaType, Class<? extends Record> errorBody) {
        this.schemas = schemas;
        this.errorMediaType = errorMediaType;
        this.errorBody = errorBody;
    }

    Operation operation() {
        return operation;
    }

    public Doc summary(String text) {
        operation.summary(text);
        return this;
    }

    /** The path and query parameters the handler reads. */
    public Doc params(Param<?>... params) {
        for (Param<?> param : params) {
            operation.addParametersItem(param.describe());
        }
        return this;
    }

    /** A JSON request body read into a record: its fields, their constraints, and no other field. */
    public Doc body(Class<? extends Record> type) {
        MediaType json = new MediaType().schema(schemas.request(type));
        operation.requestBody(
                new RequestBody().required(true).content(new Content().addMediaType("application/json", json)));
        return this;
    }

    /** A form body ({@code application/x-www-form-urlencoded}) of text fields, each required once. */
    public Doc form(String... fields) {
        ObjectSchema form = new ObjectSchema();
        for (String field : fields) {
            form.addProperty(field, new StringSchema().minLength(1)).addRequiredItem(field);
        }
        operation.requestBody(new RequestBody()
                .required(true)
                .content(
                        new Content().addMediaType("application/x-www-form-urlencoded", new MediaType().schema(form))));
        return this;
    }

    /** The route needs a token from the login that {@link ApiRoutes#passwordLogin} declares; without one, a 401. */
    Doc loggedIn() {
        operation.addSecurityItem(new SecurityRequirement().addList(OpenApiSpec.LOGIN));
        return error(401, "No token, or one that is invalid or expired");
    }

    /** As {@link #loggedIn}, for HEAD, whose answers have no body. */
    Doc loggedInWithoutBody() {
        operation.addSecurityItem(new SecurityRequirement().addList(OpenApiSpec.LOGIN));
        return empty(401, "No token, or one that is invalid or expired");
    }

    /** An answer without a body, such as a 204. */
    public Doc empty(int status, String description) {
        operation.getResponses().addApiResponse(String.valueOf(status), new ApiResponse().description(description));
        return this;
    }

    /** An answer with a JSON body; its schema is made from the record the handler writes. */
    public Doc response(int status, String description, Class<? extends Record> body) {
        return answer(status, description, "application/json", schemas.response(body));
    }

    /** A header that an answer always carries, such as {@code Location} on a 201. */
    public Doc header(int status, String name, String description) {
        operation
                .getResponses()
                .get(String.valueOf(status))
                .addHeaderObject(
                        name,
                        new Header().description(description).required(true).schema(new StringSchema()));
        return this;
    }

    /** An error answer, in the format set by {@link ApiRoutes#errors} (Javalin's own JSON until then). */
    public Doc error(int status, String description) {
        Schema<?> schema =
                errorBody == null ? new ObjectSchema().additionalProperties(true) : schemas.response(errorBody);
        return answer(status, description, errorMediaType, schema);
    }

    private Doc answer(int status, String description, String mediaType, Schema<?> schema) {
        operation
                .getResponses()
                .addApiResponse(
                        String.valueOf(status),
                        new ApiResponse()
                                .description(description)
                                .content(new Content().addMediaType(mediaType, new MediaType().schema(schema))));
        return this;
    }
}
