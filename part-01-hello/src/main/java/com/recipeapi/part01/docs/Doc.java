package com.recipeapi.part01.docs;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
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
}
