package com.recipeapi.part12;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport.Message;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks every request a spec sends, and every answer it gets, against the OpenAPI description the app serves,
 * so the docs cannot drift from the code: an answer must be one the docs promise, and a request the docs refuse
 * must be refused by the app too (a 4xx).
 */
final class Contract {
    private static OpenApiInteractionValidator validator; // one per test run: every app in it serves the same docs

    private Contract() {}

    static synchronized void load(String openApiJson) {
        if (validator == null) {
            validator = OpenApiInteractionValidator.createForInlineApiSpecification(openApiJson)
                    .build();
        }
    }

    /** Whether the docs allow the request that was sent. */
    record Verdict(boolean requestAllowedByDocs) {}

    /** What the docs say about one exchange; throws when the app and its docs disagree. */
    static Verdict check(HttpRequest request, String body, HttpResponse<String> response) {
        String path = request.uri().getRawPath();
        List<Message> messages = validate(request, path, body, response);
        if (unknownOperation(messages) && path.length() > 1) {
            // Javalin treats /search and /search/ as one route; so does this check.
            String other = path.endsWith("/") ? path.substring(0, path.length() - 1) : path + "/";
            messages = validate(request, other, body, response);
        }
        int status = response.statusCode();
        String exchange = request.method() + " " + path + " answered " + status;
        if (unknownOperation(messages)) {
            if (status != 404 && status != 405) {
                throw new AssertionError(exchange + ", but the docs describe no such operation");
            }
            return new Verdict(false);
        }
        String answerProblems = describe(messages, "validation.response.");
        if (!answerProblems.isEmpty()) {
            throw new AssertionError(exchange + ", an answer the docs do not promise:" + answerProblems);
        }
        String requestProblems = describe(messages, "validation.request.");
        if (!requestProblems.isEmpty() && (status < 400 || status > 499)) {
            throw new AssertionError(exchange + ", but the docs refuse the request:" + requestProblems);
        }
        return new Verdict(requestProblems.isEmpty());
    }

    private static List<Message> validate(HttpRequest request, String path, String body, HttpResponse<String> answer) {
        return validator
                .validate(request(request, path, body), response(answer))
                .getMessages();
    }

    private static boolean unknownOperation(List<Message> messages) {
        return messages.stream()
                .anyMatch(m -> m.getKey().equals("validation.request.path.missing")
                        || m.getKey().equals("validation.request.operation.notAllowed"));
    }

    private static String describe(List<Message> messages, String prefix) {
        return messages.stream()
                .filter(m -> m.getKey().startsWith(prefix))
                .map(m -> "\n  " + m.getKey() + ": " + m.getMessage())
                .collect(Collectors.joining());
    }

    private static Request request(HttpRequest request, String path, String body) {
        URI uri = request.uri();
        SimpleRequest.Builder builder = new SimpleRequest.Builder(Request.Method.valueOf(request.method()), path);
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] nameValue = pair.split("=", 2);
                builder.withQueryParam(decode(nameValue[0]), nameValue.length > 1 ? decode(nameValue[1]) : "");
            }
        }
        request.headers().map().forEach(builder::withHeader);
        return body == null ? builder.build() : builder.withBody(body).build();
    }

    private static SimpleResponse response(HttpResponse<String> response) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.statusCode());
        response.headers().map().forEach(builder::withHeader);
        return response.body().isEmpty()
                ? builder.build()
                : builder.withBody(response.body()).build();
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
