package com.recipeapi.part09.race;

import java.util.Arrays;
import java.util.List;

/** The race's command-line options: {@code --clients 1,10,50 --threads 8 --rounds 3 --virtual}. */
record RaceOptions(List<Integer> clients, int threads, int rounds, boolean virtual) {
    static RaceOptions parse(String[] args) {
        List<Integer> clients = List.of(1, 10, 50);
        int threads = 8;
        int rounds = 3;
        boolean virtual = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--clients" ->
                    clients = Arrays.stream(value(args, ++i).split(","))
                            .map(Integer::valueOf)
                            .toList();
                case "--threads" -> threads = Integer.parseInt(value(args, ++i));
                case "--rounds" -> rounds = Integer.parseInt(value(args, ++i));
                case "--virtual" -> virtual = true;
                default ->
                    throw new IllegalArgumentException(
                            "unknown option " + args[i] + "; use --clients 1,10,50 --threads 8 --rounds 3 --virtual");
            }
        }
        if (clients.stream().anyMatch(n -> n < 1 || n > 500) || rounds < 1 || rounds > 100) {
            throw new IllegalArgumentException("clients must be 1 to 500 and rounds 1 to 100");
        }
        return new RaceOptions(clients, threads, rounds, virtual);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
