package com.recipeapi.part12;

import java.util.Map;
import java.util.function.Supplier;

/** Reads settings from environment variables; a value that is wrong stops the start with one clear line. */
public final class Settings {
    private Settings() {}

    /** A whole number from {@code min} to {@code max}, or {@code fallback} when the variable is not set. */
    public static int integer(Map<String, String> env, String name, int fallback, int min, int max) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // reported below, with the value that was given
        }
        throw new IllegalArgumentException(
                name + " must be a whole number from " + min + " to " + max + ", got: " + value);
    }

    /** {@code true} or {@code false}, or {@code fallback} when the variable is not set. */
    public static boolean flag(Map<String, String> env, String name, boolean fallback) {
        String value = env.getOrDefault(name, "").strip();
        if (value.isEmpty()) {
            return fallback;
        }
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException(name + " must be true or false, got: " + value);
        }
        return Boolean.parseBoolean(value);
    }

    /** Runs {@code read}; a setting it refuses ends the program with the refusal's message and status 2. */
    static <T> T orExit(Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return null;
        }
    }
}
