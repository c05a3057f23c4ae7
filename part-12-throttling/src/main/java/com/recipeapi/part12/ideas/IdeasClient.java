package com.recipeapi.part12.ideas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Fetches the top posts of each ideas source, one after another (blocking) or all at once (async). */
public final class IdeasClient {
    public static final List<String> SOURCES = List.of("recipes", "easyrecipes", "TopSecretRecipes");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String baseUrl;
    private final Duration timeout;

    public IdeasClient(String baseUrl, Duration timeout) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .build();
    }

    public Duration timeout() {
        return timeout;
    }

    // region blocking
    /** One source after another; the calling thread waits through every call. */
    public Ideas fetchAllBlocking(CallTimer timer) {
        List<List<String>> ideas = new ArrayList<>();
        for (String source : SOURCES) {
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(request(source), BodyHandlers.ofString());
                ideas.add(parse(source, response));
            } catch (IOException e) {
                throw failure(source, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure(source, e);
            } finally {
                timer.record(source, start, System.nanoTime());
            }
        }
        return new Ideas(ideas.get(0), ideas.get(1), ideas.get(2));
    }
    // endregion blocking

    // region async
    /** Every source at once; no thread waits. Fails as soon as any source fails. */
    public CompletableFuture<Ideas> fetchAllAsync(CallTimer timer) {
        List<CompletableFuture<List<String>>> calls =
                SOURCES.stream().map(source -> fetchAsync(source, timer)).toList();
        CompletableFuture<Void> all = CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new));
        calls.forEach(call -> call.exceptionally(error -> {
            all.completeExceptionally(error); // fail fast: do not wait for the slower sources
            return null;
        }));
        return all.thenApply(done ->
                new Ideas(calls.get(0).join(), calls.get(1).join(), calls.get(2).join()));
    }

    private CompletableFuture<List<String>> fetchAsync(String source, CallTimer timer) {
        long start = System.nanoTime();
        return http.sendAsync(request(source), BodyHandlers.ofString())
                .handle((response, error) -> {
                    if (error != null) {
                        throw failure(source, error instanceof CompletionException ? error.getCause() : error);
                    }
                    return parse(source, response);
                })
                .whenComplete((ideas, error) -> timer.record(source, start, System.nanoTime()));
    }
    // endregion async

    private HttpRequest request(String source) {
        return HttpRequest.newBuilder(URI.create(baseUrl + "/r/" + source + "/top.json?sort=top&t=day&limit=5"))
                .timeout(timeout)
                .header("Accept", "application/json")
                .build();
    }

    // region parse
    /** {@code data.children[].data.score/title/url}, as "score: title (url)". */
    private static List<String> parse(String source, HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new UpstreamException(502, "The ideas source " + source + " answered " + response.statusCode(), null);
        }
        JsonNode children;
        try {
            children = JSON.readTree(response.body()).path("data").path("children");
        } catch (IOException e) {
            throw new UpstreamException(502, "The ideas source " + source + " sent invalid JSON", e);
        }
        if (!children.isArray()) {
            throw new UpstreamException(502, "The ideas source " + source + " sent an unexpected document", null);
        }
        List<String> ideas = new ArrayList<>();
        for (JsonNode child : children) {
            JsonNode post = child.path("data");
            if (!post.path("score").isNumber()
                    || !post.path("title").isTextual()
                    || !post.path("url").isTextual()) {
                throw new UpstreamException(502, "The ideas source " + source + " sent an unexpected document", null);
            }
            ideas.add(post.get("score").asLong() + ": " + post.get("title").asText() + " ("
                    + post.get("url").asText() + ")");
        }
        return ideas;
    }
    // endregion parse

    private UpstreamException failure(String source, Throwable error) {
        if (error instanceof UpstreamException upstream) {
            return upstream;
        }
        if (error instanceof HttpTimeoutException) {
            return new UpstreamException(
                    504, "The ideas source " + source + " did not answer within " + timeout.toMillis() + " ms", error);
        }
        return new UpstreamException(
                502,
                "The ideas source " + source + " could not be reached ("
                        + error.getClass().getSimpleName() + ")",
                error);
    }
}
