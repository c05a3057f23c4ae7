package com.recipeapi.part09.race;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.sse.SseClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A race started from the page: it runs on its own thread against its own copy of the app, and tells every page
 * that listens what happens as server-sent events. It waits for a first page to listen, and stops when the last
 * one leaves, so that a closed page leaves no clients, servers or threads behind.
 */
final class LiveRace implements Race.Listener {
    static final long LISTEN_WITHIN_SECONDS = 10;
    private static final AtomicLong IDS = new AtomicLong();
    private static final long PROGRESS_EVERY_NANOS = 100_000_000;

    final long id = IDS.incrementAndGet();
    final RaceOptions options;
    private final RacePlan plan;
    private final ObjectMapper json;
    private final Consumer<LiveRace> ended;
    private final List<String[]> history = new ArrayList<>();
    private final List<SseClient> pages = new CopyOnWriteArrayList<>();
    private final CountDownLatch listened = new CountDownLatch(1);
    private final Thread thread;
    private volatile Race race;
    private volatile boolean over;
    private int answered;
    private int failures;
    private long lastProgress;

    LiveRace(RaceOptions options, ObjectMapper json, Consumer<LiveRace> ended) {
        this.options = options;
        this.plan = RacePlan.of(options);
        this.json = json;
        this.ended = ended;
        this.thread = new Thread(this::run, "live-race-" + id);
        thread.setDaemon(true);
    }

    LiveRace start() {
        thread.start();
        return this;
    }

    RacePlan plan() {
        return plan;
    }

    private void run() {
        ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "live-race-" + id + "-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        // a comment now and then: a page that has left is noticed within a second, even between answers
        heartbeat.scheduleAtFixedRate(() -> send(null, null), 250, 250, TimeUnit.MILLISECONDS);
        try {
            if (!listened.await(LISTEN_WITHIN_SECONDS, TimeUnit.SECONDS)) {
                return; // no page listened: nobody would see it
            }
            try (RaceApp app = RaceApp.start(options)) {
                race = new Race("127.0.0.1", app.port());
                if (over) {
                    return;
                }
                publish("plan", RaceEvents.plan(plan, app.threads().describe()));
                if (options.warmUp()) {
                    publish("warm_up", Map.of("seconds", plan.warmUpEstimate().toMillis() / 1000.0));
                    race.run(RacePlan.WARM_UP, new Race.Listener() {});
                }
                List<Race.RowResult> rows = race.run(plan.rows(), this);
                if (!race.cancelled()) {
                    publish("done", Map.of("rows", rows.size()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            publish("failed", Map.of("detail", String.valueOf(e.getMessage())));
        } finally {
            heartbeat.shutdownNow();
            over = true;
            pages.forEach(SseClient::close);
            ended.accept(this);
        }
    }

    /** Stops the race: its clients stop sending and abandon the requests on their way; its app stops. */
    void cancel() {
        over = true;
        listened.countDown();
        Race running = race;
        if (running != null) {
            running.cancel();
        }
    }

    boolean over() {
        return over;
    }

    /** A page listens: it hears what happened so far, then each event as it happens. */
    synchronized void listen(SseClient page) {
        page.keepAlive();
        page.onClose(() -> left(page));
        for (String[] event : history) {
            page.sendEvent(event[0], event[1]);
        }
        pages.add(page);
        listened.countDown();
        if (over) {
            page.close();
        }
    }

    private synchronized void left(SseClient page) {
        pages.remove(page);
        if (pages.isEmpty() && !over) {
            cancel();
        }
    }

    @Override
    public synchronized void rowStarted(int index, RacePlan.Row row) {
        answered = 0;
        failures = 0;
        lastProgress = System.nanoTime();
        publish("row", Map.of("index", index));
    }

    /** A progress event at most every tenth of a second: enough for bars to grow, little work for the server. */
    @Override
    public synchronized void answered(Race.Result result) {
        answered++;
        failures += result.ok() ? 0 : 1;
        long now = System.nanoTime();
        if (now - lastProgress >= PROGRESS_EVERY_NANOS
                || answered == plan.rows().get(result.row()).requests()) {
            lastProgress = now;
            send("progress", json(RaceEvents.progress(result.row(), answered, failures)));
        }
    }

    @Override
    public synchronized void rowFinished(int index, Race.RowResult result) {
        publish("finished", RaceEvents.finished(index, result, Targets.of(result, plan)));
    }

    /** Sent to every page and kept for pages that come later; progress is only sent, the next one tells more. */
    private synchronized void publish(String name, Object data) {
        String text = json(data);
        history.add(new String[] {name, text});
        send(name, text);
    }

    private synchronized void send(String name, String data) {
        for (SseClient page : pages) {
            if (name == null) {
                page.sendComment("");
            } else {
                page.sendEvent(name, data);
            }
        }
    }

    private String json(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
