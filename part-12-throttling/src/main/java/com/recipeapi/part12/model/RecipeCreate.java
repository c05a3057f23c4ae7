package com.recipeapi.part12.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /recipe/}; the submitter is the caller, not a field. Each rule is declared once, on its field: the app checks the body with it,
 * and the docs show it. A field that breaks several rules is reported with the first, in the order written.
 */
public record RecipeCreate(
        @NotNull(message = "is required")
        @NotBlank(message = "must not be blank")
        @Size(max = MAX_TEXT, message = "must be at most {max} characters")
        @Pattern(regexp = NO_CONTROL_CHARACTERS, message = "must not contain control characters")
        String label,

        @NotNull(message = "is required")
        @NotBlank(message = "must not be blank")
        @Size(max = MAX_TEXT, message = "must be at most {max} characters")
        @Pattern(regexp = NO_CONTROL_CHARACTERS, message = "must not contain control characters")
        String source,

        @NotNull(message = "is required")
        @Size(max = MAX_URL, message = "must be at most {max} characters")
        @Pattern(regexp = HTTP_URL, message = "must be an absolute http or https URL")
        String url) {
    public static final int MAX_TEXT = 256;
    public static final int MAX_URL = 2048;
    /** No C0 or C1 control character (NUL, newline, escape, ...) anywhere. */
    public static final String NO_CONTROL_CHARACTERS = "^[^\\u0000-\\u001F\\u007F-\\u009F]*$";
    /** http:// or https://, a host, then anything but spaces and the characters a URI may not hold. */
    public static final String HTTP_URL =
            "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#@:<>\"{}|\\\\^`]+(:\\d+)?([/?#][^\\s<>\"{}|\\\\^`]*)?$";
}
