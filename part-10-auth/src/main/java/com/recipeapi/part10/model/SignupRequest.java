package com.recipeapi.part10.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/v1/auth/signup}. There is no {@code is_superuser}: a client cannot ask to be one.
 * Emails are printable ASCII, so none can pass for another (a Cyrillic "а", a full-width "Ａ", a zero-width space).
 */
public record SignupRequest(
        @NotNull(message = "is required")
        @Size(max = RecipeCreate.MAX_TEXT, message = "must be at most {max} characters")
        @Pattern(regexp = EMAIL, message = "must be an email address in ASCII, like name@example.com")
        String email,

        @NotNull(message = "is required") String password,

        @NotNull(message = "is required")
        @Size(min = 1, max = RecipeCreate.MAX_TEXT, message = "must be 1 to {max} characters")
        @Pattern(regexp = RecipeCreate.NO_CONTROL_CHARACTERS, message = "must not contain control characters")
        String firstName,

        @NotNull(message = "is required")
        @Size(min = 1, max = RecipeCreate.MAX_TEXT, message = "must be 1 to {max} characters")
        @Pattern(regexp = RecipeCreate.NO_CONTROL_CHARACTERS, message = "must not contain control characters")
        String surname) {
    /** Something, an at sign, and dot-separated labels, all printable ASCII with no spaces. */
    public static final String EMAIL = "^\\s*[!-?A-~]+@[!-\\-/-?A-~]+(\\.[!-\\-/-?A-~]+)+\\s*$";
}
