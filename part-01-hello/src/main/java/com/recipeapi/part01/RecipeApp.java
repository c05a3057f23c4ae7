package com.recipeapi.part01;

import com.recipeapi.part01.docs.ApiDocs;
import com.recipeapi.part01.docs.ApiRoutes;
import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import org.eclipse.jetty.server.handler.ErrorHandler;

/** Builds the recipe API and, from {@code main}, serves it on {@code PORT} (default 8001). */
public final class RecipeApp {
    static final int DEFAULT_PORT = 8001;

    private RecipeApp() {}

    // region create
    static Javalin create() {
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
        });
    }
    // endregion create

    // region main
    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        int port = Port.fromEnvironment(env, DEFAULT_PORT);
        Javalin app = Port.listen(create(), port);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            app.stop();
                            System.out.println("Stopped.");
                        },
                        "shutdown"));
        System.out.printf(
                "Recipe API (part 01) at http://localhost:%d/  docs: http://localhost:%d/docs%n",
                app.port(), app.port());
        System.out.println("Press Ctrl-C to stop.");
    }
    // endregion main
}
