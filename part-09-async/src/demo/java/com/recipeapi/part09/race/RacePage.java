package com.recipeapi.part09.race;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The instructor's race page at {@code /race}: a waterfall of one request to each endpoint, and a race started from
 * the page whose rows grow as the answers arrive. It is a server of its own, apart from the apps it measures, so
 * that the page's connections never take a thread from the app under test.
 */
final class RacePage implements AutoCloseable {
    static final Set<String> INPUTS = Set.of("clients", "rounds", "threads", "virtual", "warm_up");
    static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();
    private final AtomicReference<LiveRace> current = new AtomicReference<>();
    private RaceApp measured;
    private final Javalin javalin;

    private RacePage() {
        javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(JSON, false));
            config.routes.get("/race", ctx -> resource(ctx, "index.html", ContentType.HTML));
            config.routes.get("/race/race.js", ctx -> resource(ctx, "race.js", ContentType.JAVASCRIPT));
            config.routes.get("/race/race.css", ctx -> resource(ctx, "race.css", ContentType.CSS));
            config.routes.get("/race/config", this::config);
            config.routes.get("/race/waterfall", this::waterfall);
            config.routes.post("/race/runs", this::start);
            config.routes.delete("/race/runs/{id}", this::stop);
            config.routes.sse("/race/runs/{id}/events", page -> {
                LiveRace race = race(page.ctx());
                if (race == null) {
                    page.sendEvent("gone", "{\"detail\":\"No such race is running.\"}");
                    page.close();
                } else {
                    race.listen(page);
                }
            });
        });
    }

    /** Serves the page until Ctrl-C; {@code port} 0 takes a free one. */
    static void serve(int port) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        RacePage page = start("127.0.0.1", port);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            page.close();
                            System.out.println("Stopped.");
                            stopped.countDown();
                        },
                        "race-page-shutdown"));
        System.out.println("Race page: http://localhost:" + page.port() + "/race");
        System.out.println("Press Ctrl-C to stop.");
        stopped.await();
    }

    static RacePage start(String host, int port) {
        RacePage page = new RacePage();
        page.javalin.start(host, port);
        return page;
    }

    int port() {
        return javalin.port();
    }

    private void config(Context ctx) {
        ctx.json(RaceEvents.config());
    }

    private void waterfall(Context ctx) throws IOException, InterruptedException {
        ctx.json(waterfallApp().measure());
    }

    /** The app the waterfall measures, started at the first request and warmed with one untimed request each. */
    private synchronized Waterfall waterfallApp() throws IOException, InterruptedException {
        if (measured == null) {
            measured = RaceApp.start(RaceOptions.DEFAULT);
            new Waterfall("http://127.0.0.1:" + measured.port()).measure();
        }
        return new Waterfall("http://127.0.0.1:" + measured.port());
    }

    private void start(Context ctx) {
        Map<String, String> given = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((name, values) -> given.put(name, values.get(0)));
        ctx.formParamMap().forEach((name, values) -> given.put(name, values.get(0)));
        Map<String, String> problems = new LinkedHashMap<>();
        given.keySet().stream()
                .filter(name -> !INPUTS.contains(name))
                .forEach(name -> problems.put(name, "is not an input of the race; use " + INPUTS));
        RaceOptions options;
        try {
            options = problems.isEmpty() ? RaceOptions.read(given) : null;
        } catch (RaceOptions.Invalid e) {
            problems.putAll(e.problems);
            options = null;
        }
        if (options == null) {
            ctx.status(400).json(Map.of("title", "Invalid race", "detail", describe(problems), "problems", problems));
            return;
        }
        LiveRace race = new LiveRace(options, JSON, ended -> current.compareAndSet(ended, null));
        if (!current.compareAndSet(null, race)) {
            LiveRace running = current.get();
            ctx.status(409)
                    .json(Map.of(
                            "title",
                            "A race is running",
                            "detail",
                            "Race " + (running == null ? "?" : running.id)
                                    + " is running; stop it or wait for it to end.",
                            "running",
                            running == null ? 0 : running.id));
            return;
        }
        race.start();
        ctx.status(202)
                .json(Map.of(
                        "id",
                        race.id,
                        "events",
                        "/race/runs/" + race.id + "/events",
                        "plan",
                        RaceEvents.plan(
                                race.plan(), race.options.serverThreads().describe())));
    }

    /** {@code clients must be ...; rounds must be ...}: each input that is out of range, by name. */
    static String describe(Map<String, String> problems) {
        return String.join(
                "; ",
                problems.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue())
                        .toList());
    }

    private void stop(Context ctx) {
        LiveRace race = race(ctx);
        if (race == null) {
            ctx.status(404)
                    .json(Map.of("title", "No such race", "detail", "No race " + ctx.pathParam("id") + " is running."));
            return;
        }
        race.cancel();
        ctx.status(204);
    }

    private LiveRace race(Context ctx) {
        LiveRace race = current.get();
        return race != null && String.valueOf(race.id).equals(ctx.pathParam("id")) ? race : null;
    }

    private static void resource(Context ctx, String name, String type) throws IOException {
        try (InputStream in = RacePage.class.getResourceAsStream("/race-page/" + name)) {
            ctx.contentType(type).header("Cache-Control", "no-store").result(in.readAllBytes());
        }
    }

    @Override
    public synchronized void close() {
        LiveRace race = current.get();
        if (race != null) {
            race.cancel();
        }
        javalin.stop();
        if (measured != null) {
            measured.close();
        }
    }
}
