package com.recipeapi.part12;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.recipeapi.part12.auth.AuthConfig;
import com.recipeapi.part12.auth.Passwords;
import com.recipeapi.part12.db.Database;
import com.recipeapi.part12.db.UserRepository;
import com.recipeapi.part12.docs.ApiDocs;
import com.recipeapi.part12.ideas.IdeasClient;
import com.recipeapi.part12.ideas.IdeasServer;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The app started on a free port, a real HTTP client to call it, and every exchange checked against the
 * app's own docs by {@link Contract}.
 */
final class TestApp implements AutoCloseable {
    static final Duration IDEAS_TIMEOUT = Duration.ofSeconds(2);
    static final String ADMIN_PASSWORD = "the admin's test password";
    static final AuthConfig AUTH = AuthConfig.fromEnvironment(
            Map.of("JWT_SECRET", "a test secret of at least 32 bytes, 256 bits", "BCRYPT_COST", "4"));

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Javalin app;
    private final TestDatabase database;
    private final IdeasServer ideas;
    private final AuthConfig auth;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Contract.Verdict last;
    private String token;

    private TestApp(Javalin app, TestDatabase database, IdeasServer ideas, AuthConfig auth) {
        this.app = app.start(0);
        this.database = database;
        this.ideas = ideas;
        this.auth = auth;
        Contract.load(call(HttpRequest.newBuilder(uri("/openapi.json")).build()).body());
    }

    /** From now on, requests send this access token (none when null) unless they set Authorization themselves. */
    void authorize(String accessToken) {
        this.token = accessToken;
    }

    /** The part's app, as {@code main} builds it, on a fresh database of its own. */
    static TestApp start() {
        return start(AUTH);
    }

    /** The same, with settings of the spec's own (tighter limits, another bcrypt cost). */
    static TestApp start(AuthConfig auth) {
        TestDatabase database = new TestDatabase();
        IdeasServer ideas = IdeasServer.start(IdeasUpstream.delays("recipes=100,easyrecipes=150,TopSecretRecipes=200"));
        return new TestApp(create(database.open(), ideas, auth), database, ideas, auth);
    }

    /** The app as {@code main} builds it, with the ideas sources on a server of the spec's own. */
    private static Javalin create(Database database, IdeasServer ideas, AuthConfig auth) {
        new UserRepository(database).ensureAdminPassword(new Passwords(4), ADMIN_PASSWORD);
        return RecipeApp.create(database, new IdeasClient(ideas.baseUrl(), IDEAS_TIMEOUT), ServerThreads.DEFAULT, auth);
    }

    IdeasServer ideas() {
        return ideas;
    }

    TestDatabase database() {
        return database;
    }

    /** What a restart looks like: this app stops and a new one starts on the same database. */
    TestApp restart() {
        return restart(auth);
    }

    /** A restart with other settings, such as a new BCRYPT_COST. */
    TestApp restart(AuthConfig settings) {
        app.stop();
        database.closeDatabase();
        TestApp restarted = new TestApp(create(database.open(), ideas, settings), database, ideas, settings);
        restarted.authorize(token);
        return restarted;
    }

    int port() {
        return app.port();
    }

    HttpResponse<String> get(String path) {
        return send("GET", path, null, null);
    }

    HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        if (token != null && !java.util.Arrays.asList(headers).contains("Authorization")) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpRequest built = request.build();
        HttpResponse<String> response = call(built);
        if (!ApiDocs.PATHS.contains(path) && !path.startsWith("/webjars/")) {
            last = Contract.check(built, body, response); // the docs and their assets are not the API
        }
        return response;
    }

    /** Sends bytes as they are, for requests that a well-behaved client refuses to build; not checked. */
    String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /** Whether the docs allowed the last request sent; a spec of bad input expects them to refuse it. */
    boolean docsAllowedLastRequest() {
        return last.requestAllowedByDocs();
    }

    /** Every "METHOD /path" the app routes, as registered. */
    Set<String> routes() {
        Set<String> routes = new TreeSet<>();
        app.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(parsed -> parsed.endpoint.method.isHttpMethod())
                .forEach(parsed -> routes.add(parsed.endpoint.method + " " + parsed.endpoint.path));
        return routes;
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    static Map<String, Object> map(HttpResponse<String> response) {
        try {
            return JSON.readValue(response.body(), new TypeReference<>() {});
        } catch (IOException e) {
            throw new AssertionError("not a JSON object: " + response.body(), e);
        }
    }

    /** The text as a JSON string literal, quotes and escapes included. */
    static String jsonString(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port() + path);
    }

    private HttpResponse<String> call(HttpRequest request) {
        try {
            return http.send(request, BodyHandlers.ofString());
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
        ideas.close();
        database.close();
    }
}
