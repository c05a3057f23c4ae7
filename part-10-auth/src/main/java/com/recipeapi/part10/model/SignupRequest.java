package com.recipeapi.part10.model;

import com.recipeapi.part10.auth.Passwords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The body of {@code POST /api/v1/auth/signup}. There is no {@code is_superuser}: a client cannot ask to be one. */
public record SignupRequest(String email, String password, String firstName, String surname) {

    public void validate() {
        List<InvalidInput> errors = new ArrayList<>();
        Checks.email("email", email, errors);
        if (password == null) {
            errors.add(InvalidInput.body("password", "is required"));
        } else if (Passwords.problem(password) != null) {
            errors.add(InvalidInput.body("password", Passwords.problem(password)));
        }
        Checks.text("first_name", firstName, errors);
        Checks.text("surname", surname, errors);
        Checks.throwIfAny(errors);
    }

    /** Emails are stored in lower case, so "Ann@Example.com" and "ann@example.com" are one user. */
    public String normalisedEmail() {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
