package com.recipeapi.part10.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One input that failed validation: where it was (path, query or body), its name, and why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InvalidInput(String in, String name, String message) {
    public static InvalidInput body(String name, String message) {
        return new InvalidInput("body", name, message);
    }
}
