package com.recipeapi.part05;

import com.recipeapi.part05.Problem.InvalidInput;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The body of {@code POST /recipe/}: what a client sends to create a recipe. */
public record RecipeCreate(String label, String source, String url, Integer submitterId) {
    static final int MAX_TEXT = 256;
    static final int MAX_URL = 2048;

    // region validate
    /** Every problem with this body at once, so a client can fix them all in one go. */
    void validate() {
        List<InvalidInput> errors = new ArrayList<>();
        text("label", label, errors);
        text("source", source, errors);
        httpUrl("url", url, errors);
        if (submitterId == null) {
            errors.add(new InvalidInput("body", "submitter_id", "is required"));
        } else if (submitterId < 1) {
            errors.add(new InvalidInput("body", "submitter_id", "must be 1 or more"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
    // endregion validate

    private static void text(String name, String value, List<InvalidInput> errors) {
        if (value == null) {
            errors.add(new InvalidInput("body", name, "is required"));
        } else if (value.isBlank()) {
            errors.add(new InvalidInput("body", name, "must not be blank"));
        } else if (value.length() > MAX_TEXT) {
            errors.add(new InvalidInput("body", name, "must be at most " + MAX_TEXT + " characters"));
        } else if (value.chars().anyMatch(Character::isISOControl)) {
            errors.add(new InvalidInput("body", name, "must not contain control characters"));
        }
    }

    private static void httpUrl(String name, String value, List<InvalidInput> errors) {
        if (value == null) {
            errors.add(new InvalidInput("body", name, "is required"));
        } else if (value.length() > MAX_URL) {
            errors.add(new InvalidInput("body", name, "must be at most " + MAX_URL + " characters"));
        } else if (!isHttpUrl(value)) {
            errors.add(new InvalidInput("body", name, "must be an absolute http or https URL"));
        }
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
