package com.recipeapi.part12;

import com.recipeapi.part12.ideas.IdeasClient;
import com.recipeapi.part12.ideas.IdeasServer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where recipe ideas come from: {@code IDEAS_BASE_URL}, or else the built-in ideas server on loopback, with
 * a delay per source from {@code IDEAS_DELAYS} (default {@code recipes=300,easyrecipes=500,TopSecretRecipes=700}).
 * Every call gives up after {@code IDEAS_TIMEOUT_MS} (default 2000).
 */
public record IdeasUpstream(IdeasClient client, IdeasServer builtIn, String describe) implements AutoCloseable {
    public static final String DEFAULT_DELAYS = "recipes=300,easyrecipes=500,TopSecretRecipes=700";

    static IdeasUpstream fromEnvironment(Map<String, String> env) {
        Duration timeout = Duration.ofMillis(Settings.integer(env, "IDEAS_TIMEOUT_MS", 2000, 1, 600_000));
        String baseUrl = env.get("IDEAS_BASE_URL");
        if (baseUrl != null && !baseUrl.isBlank()) {
            return new IdeasUpstream(new IdeasClient(baseUrl, timeout), null, baseUrl);
        }
        Map<String, Duration> delays = delays(env.getOrDefault("IDEAS_DELAYS", DEFAULT_DELAYS));
        IdeasServer server = IdeasServer.start(delays);
        return new IdeasUpstream(
                new IdeasClient(server.baseUrl(), timeout),
                server,
                "built-in server at " + server.baseUrl() + ", delays (ms) " + millis(delays));
    }

    /** "recipes=300,easyrecipes=500" to a map of delays, in milliseconds. */
    public static Map<String, Duration> delays(String spec) {
        Map<String, Duration> delays = new LinkedHashMap<>();
        for (String entry : spec.split(",")) {
            String[] pair = entry.strip().split("=");
            if (pair.length != 2 || !pair[1].strip().matches("\\d{1,6}")) {
                throw new IllegalArgumentException("IDEAS_DELAYS must look like " + DEFAULT_DELAYS + ", got: " + spec);
            }
            delays.put(pair[0].strip(), Duration.ofMillis(Long.parseLong(pair[1].strip())));
        }
        return delays;
    }

    private static String millis(Map<String, Duration> delays) {
        Map<String, Long> millis = new LinkedHashMap<>();
        delays.forEach((source, delay) -> millis.put(source, delay.toMillis()));
        return millis.toString();
    }

    @Override
    public void close() {
        if (builtIn != null) {
            builtIn.close();
        }
    }
}
