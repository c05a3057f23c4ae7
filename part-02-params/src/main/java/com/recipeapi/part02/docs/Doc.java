package com.recipeapi.part02.docs;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/** The documentation of one route, written next to it: what it does and what it answers. */
public final class Doc {
    private final Operation operation = new Operation().responses(new ApiResponses());
    private final Schemas schemas;

    Doc(Schemas schemas) {
        this.schemas = schemas;
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

    /** An answer with a JSON body; its schema is made from the record the handler writes. */
    public Doc response(int status, String description, Class<? extends Record> body) {
        MediaType json = new MediaType().schema(schemas.response(body));
        operation
                .getResponses()
                .addApiResponse(
                        String.valueOf(status),
                        new ApiResponse()
                                .description(description)
                                .content(new Content().addMediaType("application/json", json)));
        return this;
    }

    /** An error answer, in Javalin's own JSON error format (part 05 gives every error one documented format). */
    public Doc error(int status, String description) {
        MediaType json = new MediaType().schema(new ObjectSchema().additionalProperties(true));
        operation
                .getResponses()
                .addApiResponse(
                        String.valueOf(status),
                        new ApiResponse()
                                .description(description)
                                .content(new Content().addMediaType("application/json", json)));
        return this;
    }
}
