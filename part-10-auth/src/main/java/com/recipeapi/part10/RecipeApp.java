package com.recipeapi.part10;

import com.recipeapi.part10.api.AccessLog;
import com.recipeapi.part10.api.ApiDocs;
import com.recipeapi.part10.api.Auth;
import com.recipeapi.part10.api.AuthRoutes;
import com.recipeapi.part10.api.IdeaRoutes;
import com.recipeapi.part10.api.JsonBody;
import com.recipeapi.part10.api.ProblemErrorHandler;
import com.recipeapi.part10.api.Problems;
import com.recipeapi.part10.api.RecipeRoutes;
import com.recipeapi.part10.api.Timing;
import com.recipeapi.part10.auth.AuthConfig;
import com.recipeapi.part10.db.Database;
import com.recipeapi.part10.db.DatabaseConfig;
import com.recipeapi.part10.db.DatabaseUnavailableException;
import com.recipeapi.part10.db.RecipeRepository;
import com.recipeapi.part10.db.UserRepository;
import com.recipeapi.part10.ideas.IdeasClient;
import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.json.JavalinJackson;
import java.util.Map;

/** Builds the recipe API and, from {@code main}, serves it on {@code PORT} (default 8001). */
public final class RecipeApp {
    static final int DEFAULT_PORT = 8001;

    private RecipeApp() {}

    // region create
    public static Javalin create(Database database, IdeasClient ideas, ServerThreads threads, Security security) {
        return Javalin.create(config -> {
            threads.apply(config);
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
            Timing.register(config.routes);
            config.routes.get("/", ctx -> ctx.json(Map.of("msg", "Hello, World!")));
            new IdeaRoutes(ideas).register(config.routes);
            UserRepository users = new UserRepository(database);
            Auth auth = new Auth(security.tokens(), users);
            new RecipeRoutes(new RecipeRepository(database), auth).register(config.routes);
            new AuthRoutes(users, security.passwords(), security.tokens(), auth).register(config.routes);
            Problems.register(config.routes);
        });
    }
    // endregion create

    // region main
    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        int port = Port.fromEnvironment(env, DEFAULT_PORT);
        ServerThreads threads = Settings.orExit(() -> ServerThreads.fromEnvironment(env));
        AuthConfig auth = Settings.orExit(() -> AuthConfig.fromEnvironment(env));
        IdeasUpstream upstream = Settings.orExit(() -> IdeasUpstream.fromEnvironment(env));
        DatabaseConfig config = DatabaseConfig.fromEnvironment(env);
        Database database = openOrExit(config);
        Security security = Security.start(auth, database);
        Javalin app = Port.listen(create(database, upstream.client(), threads, security), port);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            app.stop();
                            upstream.close();
                            database.close();
                            System.out.println("Stopped.");
                        },
                        "shutdown"));
        System.out.println("Database: " + config.describe());
        System.out.println("Ideas: " + upstream.describe());
        System.out.println("Handlers run on " + threads.describe());
        System.out.printf(
                "Recipe API (part 10) at http://localhost:%d/  docs: http://localhost:%d/docs%n",
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
