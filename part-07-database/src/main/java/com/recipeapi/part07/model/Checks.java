package com.recipeapi.part07.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/** The field rules that request bodies share; each adds what is wrong with a value to {@code errors}. */
public final class Checks {
    public static final int MAX_TEXT = 256;
    public static final int MAX_URL = 2048;

    private Checks() {}

    static void text(String name, String value, List<InvalidInput> errors) {
        if (value == null) {
            errors.add(InvalidInput.body(name, "is required"));
        } else if (value.isBlank()) {
            errors.add(InvalidInput.body(name, "must not be blank"));
        } else if (value.length() > MAX_TEXT) {
            errors.add(InvalidInput.body(name, "must be at most " + MAX_TEXT + " characters"));
        } else if (value.chars().anyMatch(Character::isISOControl)) {
            errors.add(InvalidInput.body(name, "must not contain control characters"));
        }
    }

    static void httpUrl(String name, String value, List<InvalidInput> errors) {
        if (value == null) {
            errors.add(InvalidInput.body(name, "is required"));
        } else if (value.length() > MAX_URL) {
            errors.add(InvalidInput.body(name, "must be at most " + MAX_URL + " characters"));
        } else if (!isHttpUrl(value)) {
            errors.add(InvalidInput.body(name, "must be an absolute http or https URL"));
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

    static void email(String name, String value, List<InvalidInput> errors) {
        if (value == null) {
            errors.add(InvalidInput.body(name, "is required"));
        } else if (value.length() > MAX_TEXT) {
            errors.add(InvalidInput.body(name, "must be at most " + MAX_TEXT + " characters"));
        } else if (!value.matches("[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+")) {
            errors.add(InvalidInput.body(name, "must be an email address, like name@example.com"));
        }
    }

    static void throwIfAny(List<InvalidInput> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
