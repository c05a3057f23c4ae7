package com.recipeapi.part12;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An error answer in the RFC 9457 "problem details" format, sent as {@code application/problem+json}.
 * {@code errors} lists each invalid input, and is left out when there is none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type, String title, int status, String detail, String instance, List<InvalidInput> errors) {
    static final String CONTENT_TYPE = "application/problem+json";

    /** One input that failed validation: where it was (path, query, header or body), its name, and why. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InvalidInput(String in, String name, String message) {}
}
