package com.recipeapi.part05;

import com.recipeapi.part05.docs.ApiDocs;
import com.recipeapi.part05.docs.ApiRoutes;
import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.json.JavalinJackson;
import java.util.Map;

/** Builds the recipe API and, from {@code main}, serves it on {@code PORT} (default 8001). */
public final class RecipeApp {
    static final int DEFAULT_PORT = 8001;

    private RecipeApp() {}

    // region create
    static Javalin create(Recipes recipes) {
        return Javalin.create(config -> {
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
            ApiRoutes api = ApiDocs.register(config, JsonBody.MAPPER)
                    .errors(Problem.CONTENT_TYPE, Problem.class)
                    .errorOnEveryRoute(414, "The URI is longer than the server accepts")
                    .errorOnEveryRoute(431, "The headers are larger than the server accepts");
            api.get(
                    "/",
                    ctx -> ctx.json(new Message("Hello, World!")),
                    doc -> doc.summary("Say hello").response(200, "A greeting", Message.class));
            new RecipeRoutes(recipes).register(api);
            Problems.register(config.routes);
        });
    }
    // endregion create

    // region main
    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        int port = Port.fromEnvironment(env, DEFAULT_PORT);
        Javalin app = Port.listen(create(new Recipes(Recipes.SEED)), port);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            app.stop();
                            System.out.println("Stopped.");
                        },
                        "shutdown"));
        System.out.printf(
                "Recipe API (part 05) at http://localhost:%d/  docs: http://localhost:%d/docs%n",
                app.port(), app.port());
        System.out.println("Press Ctrl-C to stop.");
    }
    // endregion main
}
