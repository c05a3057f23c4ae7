package com.recipeapi.part12.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The sign-up body: no is_superuser, so no client can ask to be one; emails in ASCII, so none looks like another. */
public record SignupRequest(
        @NotNull(message = "is required")
        @Pattern(
                regexp = "^\\s*[!-?A-~]+@[!-\\-/-?A-~]+(\\.[!-\\-/-?A-~]+)+\\s*$",
                message = "must be an email address in ASCII")
        @Size(max = 256, message = "must be at most {max} characters")
        String email,

        @NotNull(message = "is required") String password,

        @NotBlank(message = "must not be blank") @Size(max = 256, message = "must be at most {max} characters")
        String firstName,

        @NotBlank(message = "must not be blank") @Size(max = 256, message = "must be at most {max} characters")
        String surname) {}
