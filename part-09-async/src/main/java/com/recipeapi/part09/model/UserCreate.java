package com.recipeapi.part09.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The body of {@code POST /api/v1/users/}. There is no {@code is_superuser}: a client cannot ask to be one. */
public record UserCreate(String firstName, String surname, String email) {

    public void validate() {
        List<InvalidInput> errors = new ArrayList<>();
        Checks.text("first_name", firstName, errors);
        Checks.text("surname", surname, errors);
        Checks.email("email", email, errors);
        Checks.throwIfAny(errors);
    }

    /** Emails are stored in lower case, so "Ann@Example.com" and "ann@example.com" are one user. */
    public String normalisedEmail() {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
