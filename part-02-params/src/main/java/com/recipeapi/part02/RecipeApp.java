package com.recipeapi.part02;

import com.recipeapi.part02.docs.ApiDocs;
import com.recipeapi.part02.docs.ApiRoutes;
import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import io.javalin.validation.ValidationException;
import java.util.Map;
import org.eclipse.jetty.server.handler.ErrorHandler;

/** Builds the recipe API and, from {@code main}, serves it on {@code PORT} (default 8001). */
public final class RecipeApp {
    static final int DEFAULT_PORT = 8001;

    private RecipeApp() {}

    // region create
    static Javalin create(Recipes recipes) {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.defaultContentType = ContentType.JSON;
            config.jetty.modifyServer(server -> {
                server.setRequestLog(new AccessLog());
                server.insertHandler(new NoMethodOverride());
                server.insertHandler(new NoSniff());
                server.setErrorHandler(NoSniff.errors(new ErrorHandler()));
            });
            ApiRoutes api = ApiDocs.register(config, JavalinJackson.defaultMapper());
            api.get(
                    "/",
                    ctx -> ctx.json(new Message("Hello, World!")),
                    doc -> doc.summary("Say hello").response(200, "A greeting", Message.class));
            new RecipeRoutes(recipes).register(api);
            config.routes.exception(
                    ValidationException.class,
                    (e, ctx) -> ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).json(e.getErrors()));
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
                "Recipe API (part 02) at http://localhost:%d/  docs: http://localhost:%d/docs%n",
                app.port(), app.port());
        System.out.println("Press Ctrl-C to stop.");
    }
    // endregion main
}
