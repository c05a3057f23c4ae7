package com.recipeapi.part09.race;

import com.recipeapi.part09.ServerThreads;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a race runs, with the same bounds for the terminal and the page: the numbers of clients (one row per
 * endpoint and number), the requests each client sends, and the server's threads.
 */
public record RaceOptions(List<Integer> clients, int rounds, int threads, boolean virtual, boolean warmUp) {
    static final int MAX_CLIENTS = 200;
    static final int MAX_CLIENT_ROWS = 5;
    static final int MAX_ROUNDS = 20;
    static final int MIN_THREADS = 6;
    static final int MAX_THREADS = 250;
    static final int MAX_MINUTES = 10;
    static final RaceOptions DEFAULT = new RaceOptions(List.of(1, 10, 50), 3, 8, false, true);

    /** Every input that is out of range, by name, with what it must be. */
    static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Map<String, String> problems;

        Invalid(Map<String, String> problems) {
            super(String.join("; ", problems.values()));
            this.problems = Map.copyOf(problems);
        }
    }

    /**
     * The options named in {@code given} ({@code clients=1,10,50}, {@code rounds}, {@code threads}, {@code virtual},
     * {@code warm_up}), the others from {@code DEFAULT}; throws {@link Invalid} naming every value out of range.
     */
    static RaceOptions read(Map<String, String> given) {
        Map<String, String> problems = new LinkedHashMap<>();
        List<Integer> clients = clients(given.get("clients"), problems);
        int rounds = number(given, "rounds", DEFAULT.rounds, 1, MAX_ROUNDS, problems);
        String threadsGiven = given.get("threads");
        int threads = "default".equals(threadsGiven)
                ? 0
                : number(given, "threads", DEFAULT.threads, 0, MAX_THREADS, problems);
        if (threads > 0 && threads < MIN_THREADS) {
            problems.put("threads", "must be 0 (Javalin's default pool) or from " + MIN_THREADS + " to " + MAX_THREADS);
        }
        boolean virtual = flag(given, "virtual", DEFAULT.virtual, problems);
        boolean warmUp = flag(given, "warm_up", DEFAULT.warmUp, problems);
        if (problems.isEmpty()) {
            RaceOptions options = new RaceOptions(clients, rounds, threads, virtual, warmUp);
            long seconds = RacePlan.of(options).estimate().toSeconds();
            if (seconds > MAX_MINUTES * 60L) {
                problems.put(
                        "rounds",
                        "these clients, rounds and threads would race for about " + seconds / 60
                                + " min; keep it under " + MAX_MINUTES
                                + " min (fewer rounds or clients, or more threads)");
            }
        }
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        return new RaceOptions(clients, rounds, threads, virtual, warmUp);
    }

    /** On JDK 17 the race keeps the chosen pool; the caller says why virtual threads are not used. */
    boolean virtualUnavailable() {
        return virtual && !ServerThreads.VIRTUAL_AVAILABLE;
    }

    ServerThreads serverThreads() {
        return ServerThreads.of(threads, virtual && ServerThreads.VIRTUAL_AVAILABLE);
    }

    private static List<Integer> clients(String value, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            return DEFAULT.clients;
        }
        List<Integer> clients = new ArrayList<>();
        for (String part : value.split(",", -1)) {
            String digits = part.strip();
            if (!digits.matches("\\d{1,4}")
                    || Integer.parseInt(digits) < 1
                    || Integer.parseInt(digits) > MAX_CLIENTS
                    || clients.size() == MAX_CLIENT_ROWS) {
                problems.put(
                        "clients",
                        "must be 1 to " + MAX_CLIENT_ROWS + " whole numbers from 1 to " + MAX_CLIENTS
                                + ", separated by commas (like 1,10,50), got: " + value);
                return DEFAULT.clients;
            }
            clients.add(Integer.parseInt(digits));
        }
        return List.copyOf(clients);
    }

    private static int number(
            Map<String, String> given, String name, int fallback, int min, int max, Map<String, String> problems) {
        String value = given.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        if (value.strip().matches("\\d{1,4}")) {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        }
        problems.put(name, "must be a whole number from " + min + " to " + max + ", got: " + value);
        return fallback;
    }

    private static boolean flag(
            Map<String, String> given, String name, boolean fallback, Map<String, String> problems) {
        String value = given.getOrDefault(name, "").strip();
        if (value.isEmpty()) {
            return fallback;
        }
        if (!value.equals("true") && !value.equals("false")) {
            problems.put(name, "must be true or false, got: " + value);
            return fallback;
        }
        return Boolean.parseBoolean(value);
    }
}
