package com.recipeapi.part05;

import java.util.List;

/** Thrown when a request is well-formed but some of its inputs are not acceptable: a 422. */
final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem.InvalidInput> errors;

    InvalidInputException(List<Problem.InvalidInput> errors) {
        super("invalid input");
        this.errors = List.copyOf(errors);
    }

    List<Problem.InvalidInput> errors() {
        return errors;
    }
}
