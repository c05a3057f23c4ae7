package com.recipeapi.part09.race;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The race's engine, for the terminal and the page alike: row by row, the row's clients start together and each
 * sends its requests one after another; every answer is timed and told to a {@link Listener} as it arrives. A
 * request that fails is counted, and the race goes on; {@link #cancel} ends it at once.
 */
final class Race {
    /** Long enough for a blocking request that queues behind every other client for a thread. */
    static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(3);

    /** One request: whether it was answered 200, what the client waited, and the server's X-Process-Time. */
    record Result(int row, boolean ok, double latency, double processTime) {}

    /** What a row measured; the times are in seconds, throughput in answers per second. */
    record RowResult(
            RacePlan.Row row,
            int requests,
            int failures,
            double medianProcessTime,
            double p99Latency,
            double throughput,
            double seconds) {}

    /** Told of each row and each answer as they happen, from the clients' threads. */
    interface Listener {
        default void rowStarted(int index, RacePlan.Row row) {}

        default void answered(Result result) {}

        default void rowFinished(int index, RowResult result) {}
    }

    private final String host;
    private final int port;
    private final Set<RaceClient> open = ConcurrentHashMap.newKeySet();
    private volatile CountDownLatch start = new CountDownLatch(0);
    private volatile boolean cancelled;

    Race(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** Runs the rows in order, until the last or until cancelled; answers the rows that ran to their end. */
    List<RowResult> run(List<RacePlan.Row> rows, Listener listener) throws InterruptedException {
        List<RowResult> results = new ArrayList<>();
        for (int i = 0; i < rows.size() && !cancelled; i++) {
            listener.rowStarted(i, rows.get(i));
            RowResult result = row(i, rows.get(i), listener);
            if (!cancelled) {
                results.add(result);
                listener.rowFinished(i, result);
            }
        }
        return results;
    }

    boolean cancelled() {
        return cancelled;
    }

    /** Stops the race: clients send nothing more, and requests on their way are abandoned. */
    void cancel() {
        cancelled = true;
        start.countDown();
        open.forEach(RaceClient::close);
    }

    private RowResult row(int index, RacePlan.Row row, Listener listener) throws InterruptedException {
        List<Double> processTimes = Collections.synchronizedList(new ArrayList<>());
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch connected = new CountDownLatch(row.clients());
        start = new CountDownLatch(1);
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < row.clients(); c++) {
            Thread client = new Thread(
                    () -> {
                        try (RaceClient http = new RaceClient(host, port, REQUEST_TIMEOUT)) {
                            open.add(http);
                            connect(http, connected);
                            start.await();
                            for (int r = 0; r < row.rounds() && !cancelled; r++) {
                                Result result = request(http, index, row.path());
                                if (!cancelled) {
                                    latencies.add(result.latency());
                                    if (result.ok()) {
                                        processTimes.add(result.processTime());
                                    } else {
                                        failures.incrementAndGet();
                                    }
                                    listener.answered(result);
                                }
                            }
                            open.remove(http);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    },
                    "race-client-" + c);
            client.setDaemon(true);
            clients.add(client);
            client.start();
        }
        connected.await(); // the clock starts once every client has its connection and thread ready
        long began = System.nanoTime();
        start.countDown();
        for (Thread client : clients) {
            client.join();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        int answered = latencies.size() - failures.get();
        return new RowResult(
                row,
                latencies.size(),
                failures.get(),
                percentile(processTimes, 50),
                percentile(latencies, 99),
                answered / seconds,
                seconds);
    }

    private void connect(RaceClient http, CountDownLatch connected) {
        try {
            http.connect();
        } catch (IOException e) {
            // the first request will try again, and count the failure if it fails too
        } finally {
            connected.countDown();
        }
    }

    private static Result request(RaceClient http, int row, String path) {
        long sent = System.nanoTime();
        try {
            RaceClient.Answer answer = http.get(path);
            return new Result(row, answer.status() == 200, (System.nanoTime() - sent) / 1e9, answer.processTime());
        } catch (IOException e) {
            return new Result(row, false, (System.nanoTime() - sent) / 1e9, -1);
        }
    }

    /** The value below which {@code percent} % of the values are; NaN when there are none. */
    static double percentile(List<Double> values, int percent) {
        List<Double> sorted = new ArrayList<>(values);
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
