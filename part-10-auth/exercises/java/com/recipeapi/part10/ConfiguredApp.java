package com.recipeapi.part10;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.recipeapi.part10.auth.AuthConfig;
import com.recipeapi.part10.ideas.IdeasClient;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The app with settings of the spec's own, which {@link TestApp} does not take: built by {@code RecipeApp.create}
 * from an {@link AuthConfig} of those settings, on a fresh database, each exchange checked against its docs.
 */
final class ConfiguredApp implements AutoCloseable {
    private final TestDatabase database = new TestDatabase();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Javalin app;

    ConfiguredApp(Map<String, String> settings) {
        Map<String, String> env = new HashMap<>(Map.of("JWT_SECRET", new String(TestApp.AUTH.jwtSecret(), UTF_8)));
        env.put("BCRYPT_COST", "4");
        env.putAll(settings);
        IdeasClient noIdeas = new IdeasClient("http://127.0.0.1:9", Duration.ofSeconds(1));
        app = RecipeApp.create(database.open(), noIdeas, ServerThreads.DEFAULT, AuthConfig.fromEnvironment(env))
                .start(0);
    }

    /** Signs up a user with this email and {@link ApiSpec#PASSWORD}. */
    void signup(String email) {
        HttpResponse<String> created =
                send("/api/v1/auth/signup", ApiSpec.JSON, SignupSpec.body(email, ApiSpec.PASSWORD));
        if (created.statusCode() != 201) {
            throw new AssertionError("signup answered " + created.statusCode() + ": " + created.body());
        }
    }

    HttpResponse<String> login(String email, String password) {
        String form = "username=" + URLEncoder.encode(email, UTF_8) + "&password=" + URLEncoder.encode(password, UTF_8);
        return send("/api/v1/auth/login", ApiSpec.FORM, form);
    }

    private HttpResponse<String> send(String path, String contentType, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .POST(BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, BodyHandlers.ofString());
            Contract.check(request, body, response);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
        database.close();
    }
}
