package com.recipeapi.part10.model;

import java.util.List;

/** Thrown when a request is well-formed but some of its inputs are not acceptable: a 422. */
public final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<InvalidInput> errors;

    public InvalidInputException(List<InvalidInput> errors) {
        super("invalid input");
        this.errors = List.copyOf(errors);
    }

    public List<InvalidInput> errors() {
        return errors;
    }
}
