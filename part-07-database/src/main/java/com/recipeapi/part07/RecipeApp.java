package com.recipeapi.part07;

import com.recipeapi.part07.api.AccessLog;
import com.recipeapi.part07.api.ApiDocs;
import com.recipeapi.part07.api.JsonBody;
import com.recipeapi.part07.api.ProblemErrorHandler;
import com.recipeapi.part07.api.Problems;
import com.recipeapi.part07.api.RecipeRoutes;
import com.recipeapi.part07.api.UserRoutes;
import com.recipeapi.part07.db.Database;
import com.recipeapi.part07.db.DatabaseConfig;
import com.recipeapi.part07.db.DatabaseUnavailableException;
import com.recipeapi.part07.db.RecipeRepository;
import com.recipeapi.part07.db.UserRepository;
import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.json.JavalinJackson;
import java.util.Map;

/** Builds the recipe API and, from {@code main}, serves it on {@code PORT} (default 8001). */
public final class RecipeApp {
    static final int DEFAULT_PORT = 8001;

    private RecipeApp() {}

    // region create
    static Javalin create(Database database) {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.defaultContentType = ContentType.JSON;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = JsonBody.MAX_BODY_BYTES;
            config.jsonMapper(new JavalinJackson(JsonBody.MAPPER, false));
            config.jetty.modifyServer(server -> {
                server.setErrorHandler(new ProblemErrorHandler());
                server.setRequestLog(new AccessLog());
            });
            ApiDocs.register(config);
            config.routes.get("/", ctx -> ctx.json(Map.of("msg", "Hello, World!")));
            new RecipeRoutes(new RecipeRepository(database)).register(config.routes);
            new UserRoutes(new UserRepository(database)).register(config.routes);
            Problems.register(config.routes);
        });
    }
    // endregion create

    // region main
    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        int port = Port.fromEnvironment(env.get("PORT"), DEFAULT_PORT);
        DatabaseConfig config = DatabaseConfig.fromEnvironment(env);
        Database database = openOrExit(config);
        Javalin app = Port.listen(create(database), port);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            app.stop();
                            database.close();
                            System.out.println("Stopped.");
                        },
                        "shutdown"));
        System.out.println("Database: " + config.describe());
        System.out.printf(
                "Recipe API (part 07) at http://localhost:%d/  docs: http://localhost:%d/docs%n",
                app.port(), app.port());
        System.out.println("Press Ctrl-C to stop.");
    }
    // endregion main

    /** Opens the database, or says in two lines why it cannot and stops: a half-working API helps no one. */
    private static Database openOrExit(DatabaseConfig config) {
        try {
            return Database.open(config);
        } catch (DatabaseUnavailableException e) {
            System.err.println(e.getMessage());
            System.err.println(
                    "Check DATABASE_URL, DATABASE_USER and DATABASE_PASSWORD, and that the server is running.");
            System.exit(1);
            return null;
        }
    }
}
