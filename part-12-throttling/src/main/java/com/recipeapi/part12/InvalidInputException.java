package com.recipeapi.part12;

import java.util.List;

/** Thrown when a request is well-formed but some of its inputs are not acceptable: a 422. */
final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem.InvalidInput> errors;

    InvalidInputException(List<Problem.InvalidInput> errors) {
        super("invalid input");
        this.errors = List.copyOf(errors);
    }

    /** One field of the request body that is not acceptable. */
    static InvalidInputException body(String name, String message) {
        return new InvalidInputException(List.of(new Problem.InvalidInput("body", name, message)));
    }

    List<Problem.InvalidInput> errors() {
        return errors;
    }
}
