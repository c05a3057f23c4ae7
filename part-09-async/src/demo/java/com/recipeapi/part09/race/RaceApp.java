package com.recipeapi.part09.race;

import com.recipeapi.part09.RecipeApp;
import com.recipeapi.part09.ServerThreads;
import com.recipeapi.part09.db.Database;
import com.recipeapi.part09.db.DatabaseConfig;
import com.recipeapi.part09.ideas.IdeasClient;
import com.recipeapi.part09.ideas.IdeasServer;
import io.javalin.Javalin;
import java.time.Duration;
import java.util.UUID;

/**
 * The app a race runs against, started for that race and stopped after it: the part's own app with the chosen
 * server threads, its own ideas server at the default delays, and a database in memory that no one else uses.
 */
record RaceApp(Javalin javalin, IdeasServer ideas, Database database, ServerThreads threads) implements AutoCloseable {

    static RaceApp start(RaceOptions options) {
        IdeasServer ideas = IdeasServer.start(RacePlan.DELAYS);
        Database database = null;
        try {
            database = Database.open(new DatabaseConfig(
                    "jdbc:h2:mem:race-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                    "sa",
                    "",
                    null));
            ServerThreads threads = options.serverThreads();
            Javalin app = RecipeApp.create(database, new IdeasClient(ideas.baseUrl(), Duration.ofSeconds(10)), threads)
                    .start("127.0.0.1", 0);
            app.jettyServer().server().setRequestLog(null); // a line per request would bury the race's own output
            return new RaceApp(app, ideas, database, threads);
        } catch (RuntimeException e) {
            ideas.close();
            if (database != null) {
                database.close();
            }
            throw e;
        }
    }

    int port() {
        return javalin.port();
    }

    @Override
    public void close() {
        javalin.stop();
        ideas.close();
        database.close();
    }
}
