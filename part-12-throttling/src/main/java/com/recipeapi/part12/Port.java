package com.recipeapi.part12;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.util.Map;

/** Reads the port to listen on, refusing values that no server could bind to, and starts the app on it. */
final class Port {
    private Port() {}

    static int fromEnvironment(Map<String, String> env, int fallback) {
        return Settings.orExit(() -> Settings.integer(env, "PORT", fallback, 0, 65535));
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
