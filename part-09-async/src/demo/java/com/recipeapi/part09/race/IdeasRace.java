package com.recipeapi.part09.race;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The instructor's race in the terminal: the blocking and the async ideas endpoint, one client and many, side by
 * side, against a copy of the app started for the race. Says how long it will take, shows progress, prints a table
 * and whether each row met its target. {@code --page} serves the race page; {@code --database} runs
 * {@link DatabaseRace} instead.
 *
 * <pre>java -cp part-09-async/target/part-09-async.jar com.recipeapi.part09.race.IdeasRace --clients 1,10,50</pre>
 */
public final class IdeasRace {
    static final String USAGE = "options: --clients 1,10,50 --rounds 3 --threads 8 (0: Javalin's default pool)"
            + " --virtual --no-warm-up; or --page [port] for the race page; or --database [--virtual]";

    static final int PAGE_PORT = 8001;

    private IdeasRace() {}

    public static void main(String[] args) throws Exception {
        commonPoolOfAtLeastTwo();
        if (args.length > 0 && args[0].equals("--page")) {
            String port = args.length > 1 ? args[1] : String.valueOf(PAGE_PORT);
            if (args.length > 2 || !port.matches("\\d{1,5}") || Integer.parseInt(port) > 65_535) {
                System.err.println("--page takes one port, from 0 (any free port) to 65535; got: " + port);
                System.exit(2);
            }
            RacePage.serve(Integer.parseInt(port));
            return;
        }
        if (args.length > 0 && args[0].equals("--database")) {
            database(List.of(args).subList(1, args.length));
            return;
        }
        RaceOptions options;
        try {
            options = RaceOptions.read(options(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + USAGE);
            System.exit(2);
            return;
        } catch (RaceOptions.Invalid e) {
            e.problems.forEach((name, problem) -> System.err.println("--" + name + " " + problem));
            System.exit(2);
            return;
        }
        run(options, System.out);
    }

    private static void database(List<String> args) throws InterruptedException {
        try {
            DatabaseRace.run(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + DatabaseRace.USAGE);
            System.exit(2);
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    static void run(RaceOptions options, PrintStream out) throws InterruptedException {
        RacePlan plan = RacePlan.of(options);
        if (options.virtualUnavailable()) {
            out.println("Virtual threads need JDK 21 or newer; this is JDK "
                    + Runtime.version().feature() + ": the race keeps the pool of platform threads.");
        }
        try (RaceApp app = RaceApp.start(options)) {
            out.println("Handlers run on " + app.threads().describe() + "; ideas sources answer after "
                    + RacePlan.delaysMillis() + " ms.");
            out.println("Each client sends " + options.rounds() + " requests, one after another. This takes about "
                    + RacePlan.describe(plan.estimate()) + ".");
            Race race = new Race("127.0.0.1", app.port());
            if (options.warmUp()) {
                out.print("Warming up the JIT with untimed requests (about " + RacePlan.describe(plan.warmUpEstimate())
                        + ") ");
                race.run(RacePlan.WARM_UP, new Dots(out, RacePlan.WARM_UP));
            }
            out.println();
            List<Race.RowResult> rows = race.run(plan.rows(), new Dots(out, plan.rows()));
            out.println();
            RaceReport.print(rows, plan, out);
        }
    }

    /** A line per row with a dot for every tenth of its requests, so a long row shows that it is moving. */
    private static final class Dots implements Race.Listener {
        private final PrintStream out;
        private final List<RacePlan.Row> rows;
        private final AtomicInteger answered = new AtomicInteger();
        private final boolean warmUp;

        Dots(PrintStream out, List<RacePlan.Row> rows) {
            this.out = out;
            this.rows = rows;
            this.warmUp = rows == RacePlan.WARM_UP;
        }

        @Override
        public void rowStarted(int index, RacePlan.Row row) {
            answered.set(0);
            if (!warmUp) {
                out.printf(
                        Locale.ROOT,
                        "%-8s %3d %-7s x %2d requests ",
                        row.endpoint(),
                        row.clients(),
                        row.clients() == 1 ? "client" : "clients",
                        row.rounds());
            }
            out.flush();
        }

        @Override
        public void answered(Race.Result result) {
            int total = rows.get(result.row()).requests();
            int done = answered.incrementAndGet();
            if (done * 10 / total > (done - 1) * 10 / total) {
                synchronized (out) {
                    out.print('.');
                    out.flush();
                }
            }
        }

        @Override
        public void rowFinished(int index, Race.RowResult result) {
            if (!warmUp) {
                out.printf(Locale.ROOT, " %.1f s%n", result.seconds());
            }
        }
    }

    /**
     * {@code CompletableFuture} runs its async steps on the common pool, which has one thread fewer than the machine
     * has cores; on two cores it has one, and then starts a new thread for every step instead. Call first.
     */
    static void commonPoolOfAtLeastTwo() {
        String parallelism = "java.util.concurrent.ForkJoinPool.common.parallelism";
        if (System.getProperty(parallelism) == null) {
            System.setProperty(
                    parallelism, String.valueOf(Math.max(2, Runtime.getRuntime().availableProcessors())));
        }
    }

    /** {@code --clients 1,10,50 --virtual} to {@code clients=1,10,50, virtual=true}. */
    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--virtual" -> options.put("virtual", "true");
                case "--no-warm-up" -> options.put("warm_up", "false");
                case "--clients", "--rounds", "--threads" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(args[i] + " needs a value");
                    }
                    options.put(args[i].substring(2), args[++i]);
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        return options;
    }
}
