package com.recipeapi.part05;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;

/** Reads the port to listen on, refusing values that no server could bind to, and starts the app on it. */
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

    /** Starts the app on the port, or says in one line why it cannot: another server is using the port. */
    static Javalin listen(Javalin app, int port) {
        try {
            return app.start(port);
        } catch (JavalinBindException e) {
            System.err.println("Port " + port + " is in use: is another part, or this one, still running?"
                    + " Stop it with Ctrl-C, or choose another port with PORT.");
            System.exit(1);
            return app;
        }
    }
}
