package com.recipeapi.part09.race;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Jdbi;

/** A query that holds its connection for a known time, and a row of the database race run with it. */
record SlowQuery(String url, String user, String password, String sql) {

    /** H2 in memory, where {@code SLEEP} is Java's {@code Thread.sleep}; PostgreSQL's own when DATABASE_URL names one. */
    static SlowQuery fromEnvironment(int millis) {
        String url = System.getenv("DATABASE_URL");
        if (url == null || url.isBlank()) {
            return new SlowQuery(
                    "jdbc:h2:mem:database-race-" + UUID.randomUUID(), "sa", "", "CALL SLEEP(" + millis + ")");
        }
        if (!url.strip().startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("DATABASE_URL must be unset (H2) or name PostgreSQL, got: " + url);
        }
        return new SlowQuery(
                url.strip(),
                System.getenv().getOrDefault("DATABASE_USER", ""),
                System.getenv().getOrDefault("DATABASE_PASSWORD", ""),
                "SELECT pg_sleep(" + millis / 1000.0 + ")");
    }

    String describe() {
        return (url.startsWith("jdbc:h2:") ? "H2 in memory: " : "PostgreSQL: ") + sql;
    }

    /** A pool like the app's ({@code db/Database.open}) of the row's size; waits for a connection outlast a row. */
    private HikariDataSource pool(int size) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(url);
        hikari.setUsername(user);
        hikari.setPassword(password);
        hikari.setMaximumPoolSize(size);
        hikari.setConnectionTimeout(30_000);
        if (url.startsWith("jdbc:h2:")) {
            hikari.setConnectionInitSql("CREATE ALIAS IF NOT EXISTS SLEEP FOR 'java.lang.Thread.sleep(long)'");
        }
        try {
            return new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw new IllegalStateException(
                    "Cannot open the database (" + url.split("[;?]")[0] + "): " + cause.getMessage());
        }
    }

    /** Runs the row's queries, all started at once, and stops its pool and its threads. */
    DatabaseRace.Result run(DatabaseRace.Row row) throws InterruptedException {
        ExecutorService executor = row.threads() == 0 ? virtualThreads() : Executors.newFixedThreadPool(row.threads());
        try (HikariDataSource pool = pool(row.pool())) {
            Jdbi jdbi = Jdbi.create(pool);
            queries(jdbi, executor, row.pool() * 2, new Counts()); // untimed: opens every connection, warms up
            Counts counts = new Counts();
            long start = System.nanoTime();
            queries(jdbi, executor, row.queries(), counts);
            double seconds = (System.nanoTime() - start) / 1e9;
            return new DatabaseRace.Result(
                    row, seconds, counts.mostInUse.get(), counts.waitedNanos.get() / 1e6 / row.queries());
        } finally {
            executor.shutdownNow();
            executor.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    // region queries
    /** Starts {@code count} queries at once, each as a future on the executor, as async handlers would. */
    private void queries(Jdbi jdbi, ExecutorService executor, int count, Counts counts) {
        CompletableFuture<?>[] queries = new CompletableFuture<?>[count];
        for (int i = 0; i < count; i++) {
            queries[i] = CompletableFuture.runAsync(() -> query(jdbi, counts), executor);
        }
        CompletableFuture.allOf(queries).join();
    }

    /** Blocks the executor's thread twice: until the pool lends a connection, then for the whole query. */
    private void query(Jdbi jdbi, Counts counts) {
        long asked = System.nanoTime();
        jdbi.useHandle(handle -> {
            counts.waitedNanos.addAndGet(System.nanoTime() - asked);
            counts.inUse(+1);
            handle.execute(sql);
            counts.inUse(-1);
        });
    }
    // endregion queries

    /** Connections in use, now and at most, and the time the queries waited for one. */
    private static final class Counts {
        final AtomicInteger inUse = new AtomicInteger();
        final AtomicInteger mostInUse = new AtomicInteger();
        final AtomicLong waitedNanos = new AtomicLong();

        void inUse(int change) {
            mostInUse.accumulateAndGet(inUse.addAndGet(change), Math::max);
        }
    }

    /** {@code Executors.newVirtualThreadPerTaskExecutor()}, looked up at run time so the part compiles on JDK 17. */
    private static ExecutorService virtualThreads() {
        try {
            return (ExecutorService)
                    Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Virtual threads need JDK 21 or newer", e);
        }
    }
}
