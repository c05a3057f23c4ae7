package com.recipeapi.part09.race;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The database under concurrency: queries that hold their connection for 100 ms, all started at once as futures on
 * an executor of platform or virtual threads, against pools of 2 and 10 connections. Prints queries per second next
 * to the limit, pool size / 0.1 s, and how long the queries waited for a connection.
 *
 * <pre>java -cp part-09-async/target/part-09-async.jar com.recipeapi.part09.race.IdeasRace --database [--virtual]</pre>
 */
final class DatabaseRace {
    static final int QUERY_MILLIS = 100;
    private static final int SECONDS_PER_ROW = 2;
    static final String USAGE = "options after --database: --virtual (a row on virtual threads, JDK 21 or newer)";

    /** A pool of {@code pool} connections; the queries run on {@code threads} platform threads, or 0: virtual ones. */
    record Row(int pool, int threads) {
        int queries() {
            return pool * SECONDS_PER_ROW * 1000 / QUERY_MILLIS; // about 2 s at the limit
        }

        String executor() {
            return threads == 0 ? "virtual threads" : threads + " platform threads";
        }
    }

    /** What a row measured: its time, the most connections in use at once, how long a query waited for one. */
    record Result(Row row, double seconds, int mostInUse, double waitedMillis) {}

    static final List<Row> ROWS = List.of(new Row(2, 10), new Row(2, 50), new Row(10, 10), new Row(10, 50));
    static final Row VIRTUAL = new Row(10, 0);

    private DatabaseRace() {}

    /**
     * Runs the rows with the options after {@code --database}; throws IllegalArgumentException for an unknown option
     * and IllegalStateException when the database cannot be opened, before anything is measured.
     */
    static void run(List<String> args, PrintStream out) throws InterruptedException {
        boolean virtual = args.equals(List.of("--virtual"));
        if (!args.isEmpty() && !virtual) {
            throw new IllegalArgumentException("unknown option " + String.join(" ", args));
        }
        SlowQuery query = SlowQuery.fromEnvironment(QUERY_MILLIS);
        out.println("Each query holds its connection for " + QUERY_MILLIS + " ms (" + query.describe() + "),");
        out.println("so a pool of P connections answers at most P / 0.1 s queries per second.");
        out.println("Each row starts all its queries at once, as futures on an executor of the threads named.");
        List<Row> rows = new ArrayList<>(ROWS);
        if (virtual && Runtime.version().feature() < 21) {
            out.println("Virtual threads need JDK 21 or newer; this is JDK "
                    + Runtime.version().feature() + ": no virtual-thread row.");
        } else if (virtual) {
            rows.add(VIRTUAL);
        }
        out.printf(
                Locale.ROOT,
                "%4s  %-19s %7s %7s %9s %6s %6s  %s%n",
                "pool",
                "executor",
                "queries",
                "time",
                "queries/s",
                "limit",
                "in use",
                "waited for a connection");
        for (Row row : rows) {
            Result result = query.run(row);
            out.printf(
                    Locale.ROOT,
                    "%4d  %-19s %7d %5.1f s %9.1f %6d %6d  %5.0f ms on average%n",
                    row.pool(),
                    row.executor(),
                    row.queries(),
                    result.seconds(),
                    row.queries() / result.seconds(),
                    row.pool() * 1000 / QUERY_MILLIS,
                    result.mostInUse(),
                    result.waitedMillis());
        }
        out.println("limit: pool / 0.1 s; in use: the most connections in use at once.");
    }
}
