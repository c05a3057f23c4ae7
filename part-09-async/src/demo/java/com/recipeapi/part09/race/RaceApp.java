package com.recipeapi.part09.race;

import com.recipeapi.part09.IdeasUpstream;
import com.recipeapi.part09.RecipeApp;
import com.recipeapi.part09.ServerThreads;
import com.recipeapi.part09.db.Database;
import com.recipeapi.part09.db.DatabaseConfig;
import com.recipeapi.part09.ideas.IdeasClient;
import com.recipeapi.part09.ideas.IdeasServer;
import io.javalin.Javalin;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The app under test in the race: its own ideas server, an in-memory database, and the chosen threads. */
record RaceApp(
        Javalin javalin, IdeasServer ideas, Database database, ServerThreads threads, Map<String, Long> delaysMillis)
        implements AutoCloseable {

    static RaceApp start(RaceOptions options) {
        Map<String, Duration> delays = IdeasUpstream.delays(IdeasUpstream.DEFAULT_DELAYS);
        Map<String, Long> millis = new LinkedHashMap<>();
        delays.forEach((source, delay) -> millis.put(source, delay.toMillis()));
        IdeasServer ideas = IdeasServer.start(delays);
        Database database = Database.open(new DatabaseConfig(
                "jdbc:h2:mem:race-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
                "sa",
                "",
                null));
        ServerThreads threads =
                ServerThreads.of(options.threads(), options.virtual()); // the pool stays where virtual threads cannot
        Javalin app = RecipeApp.create(database, new IdeasClient(ideas.baseUrl(), Duration.ofSeconds(10)), threads);
        return new RaceApp(app.start("127.0.0.1", 0), ideas, database, threads, millis);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + javalin.port();
    }

    @Override
    public void close() {
        javalin.stop();
        ideas.close();
        database.close();
    }
}
