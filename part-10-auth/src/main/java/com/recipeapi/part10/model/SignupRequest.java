package com.recipeapi.part10.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/v1/auth/signup}. There is no {@code is_superuser}: a client cannot ask to be one,
 * and the strict reader refuses the field. The email's and the password's rules are in {@code Emails} and
 * {@code Passwords}.
 */
public record SignupRequest(
        @NotNull(message = "is required")
        @Size(max = RecipeCreate.MAX_TEXT, message = "must be at most {max} characters")
        String email,

        @NotNull(message = "is required") @Size(min = 8, message = "must be at least {min} characters")
        String password,

        @NotNull(message = "is required")
        @NotBlank(message = "must not be blank")
        @Size(max = RecipeCreate.MAX_TEXT, message = "must be at most {max} characters")
        @Pattern(regexp = RecipeCreate.NO_CONTROL_CHARACTERS, message = "must not contain control characters")
        String firstName,

        @NotNull(message = "is required")
        @NotBlank(message = "must not be blank")
        @Size(max = RecipeCreate.MAX_TEXT, message = "must be at most {max} characters")
        @Pattern(regexp = RecipeCreate.NO_CONTROL_CHARACTERS, message = "must not contain control characters")
        String surname) {}
