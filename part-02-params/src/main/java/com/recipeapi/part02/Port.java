package com.recipeapi.part02;

/** Reads the port to listen on, refusing values that no server could bind to. */
final class Port {
    private Port() {}

    static int fromEnvironment(String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.strip());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below, with the value that was given
        }
        System.err.println("PORT must be a number from 0 to 65535, got: " + value);
        System.exit(2);
        return fallback;
    }
}
