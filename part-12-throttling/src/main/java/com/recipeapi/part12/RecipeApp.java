package com.recipeapi.part12;

import com.recipeapi.part12.auth.AuthConfig;
import com.recipeapi.part12.auth.LoginThrottle;
import com.recipeapi.part12.auth.Passwords;
import com.recipeapi.part12.auth.SignupThrottle;
import com.recipeapi.part12.auth.Tokens;
import com.recipeapi.part12.db.Database;
import com.recipeapi.part12.db.DatabaseConfig;
import com.recipeapi.part12.db.RecipeRepository;
import com.recipeapi.part12.db.UserRepository;
import com.recipeapi.part12.docs.ApiDocs;
import com.recipeapi.part12.docs.ApiRoutes;
import com.recipeapi.part12.ideas.IdeasClient;
import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.util.Map;

/** Builds the recipe API and, from {@code main}, serves it on {@code PORT} (default 8001). */
public final class RecipeApp {
    static final int DEFAULT_PORT = 8001;

    private RecipeApp() {}

    // region create
    public static Javalin create(Database database, IdeasClient ideas, ServerThreads threads, AuthConfig auth) {
        return Javalin.create(config -> {
            threads.apply(config);
            config.startup.showJavalinBanner = false;
            config.http.defaultContentType = ContentType.JSON;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = JsonBody.MAX_BODY_BYTES;
            config.jsonMapper(new JavalinJackson(JsonBody.MAPPER, false));
            config.jetty.modifyServer(server -> {
                server.setErrorHandler(NoSniff.errors(new ProblemErrorHandler()));
                server.setRequestLog(new AccessLog());
                server.insertHandler(new NoMethodOverride());
                server.insertHandler(new NoSniff());
            });
            SlowClients.register(config);
            ApiRoutes api = ApiDocs.register(config, JsonBody.MAPPER)
                    .errors(Problem.CONTENT_TYPE, Problem.class)
                    .errorOnEveryRoute(414, "The URI is longer than the server accepts")
                    .errorOnEveryRoute(431, "The headers are larger than the server accepts");
            Timing.register(config.routes);
            UserRepository users = new UserRepository(database);
            Tokens tokens = new Tokens(auth, Clock.systemUTC());
            new Authentication(tokens, users).register(config.routes);
            api.get(
                    "/",
                    ctx -> ctx.json(new Message("Hello, World!")),
                    doc -> doc.summary("Say hello").response(200, "A greeting", Message.class));
            new IdeaRoutes(ideas).register(api);
            new RecipeRoutes(new RecipeRepository(database)).register(api);
            new AuthRoutes(users, passwords(auth, users), tokens, loginThrottle(auth), signupThrottle(auth))
                    .register(api);
            Problems.register(config.routes);
        });
    }
    // endregion create

    /** The dummy hash that unknown emails are checked against has the cost most stored hashes have. */
    private static Passwords passwords(AuthConfig auth, UserRepository users) {
        return new Passwords(auth.bcryptCost(), users.commonCost().orElse(auth.bcryptCost()));
    }

    private static LoginThrottle loginThrottle(AuthConfig auth) {
        return new LoginThrottle(auth.throttling(), Clock.systemUTC(), LoginThrottle.MAX_ACCOUNTS);
    }

    private static SignupThrottle signupThrottle(AuthConfig auth) {
        return new SignupThrottle(auth.throttling().signupsPerHour(), Clock.systemUTC(), SignupThrottle.MAX_ADDRESSES);
    }

    // region main
    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        int port = Port.fromEnvironment(env, DEFAULT_PORT);
        ServerThreads threads = Settings.orExit(() -> ServerThreads.fromEnvironment(env));
        IdeasUpstream upstream = Settings.orExit(() -> IdeasUpstream.fromEnvironment(env));
        AuthConfig auth = Settings.orExit(() -> AuthConfig.fromEnvironment(env));
        DatabaseConfig config = DatabaseConfig.fromEnvironment(env);
        Database database = openOrExit(config);
        if (auth.secretGenerated()) {
            System.out.println(
                    "WARNING: JWT_SECRET is not set; using a random key. Tokens will not survive a restart.");
        }
        new UserRepository(database).ensureAdminPassword(new Passwords(auth.bcryptCost()), auth.adminPassword());
        Javalin app = Port.listen(create(database, upstream.client(), threads, auth), port);
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
                "Recipe API (part 12) at http://localhost:%d/  docs: http://localhost:%d/docs%n",
                app.port(), app.port());
        System.out.println("Press Ctrl-C to stop.");
    }
    // endregion main

    /** Opens the database, or says in two lines why not and what to do, and stops: half an API helps no one. */
    private static Database openOrExit(DatabaseConfig config) {
        try {
            return Database.open(config);
        } catch (Database.Unavailable e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return null;
        }
    }
}
