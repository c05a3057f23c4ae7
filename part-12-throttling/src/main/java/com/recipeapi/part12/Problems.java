package com.recipeapi.part12;

import com.recipeapi.part12.Problem.InvalidInput;
import com.recipeapi.part12.db.Database;
import com.recipeapi.part12.ideas.UpstreamException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.validation.ValidationError;
import io.javalin.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns every failure a request can meet into one answer format: RFC 9457 problem details. */
final class Problems {
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private Problems() {}

    // region register
    static void register(RoutesConfig routes) {
        routes.exception(
                HttpResponseException.class,
                (e, ctx) -> send(ctx, HttpStatus.forStatus(e.getStatus()), detail(ctx, e), null));
        routes.exception(ValidationException.class, (e, ctx) -> invalid(ctx, fromJavalin(ctx, e)));
        routes.exception(InvalidInputException.class, (e, ctx) -> invalid(ctx, e.errors()));
        routes.exception(
                UpstreamException.class, (e, ctx) -> send(ctx, HttpStatus.forStatus(e.status()), e.getMessage(), null));
        routes.exception(Exception.class, (e, ctx) -> {
            if (Database.isUnavailable(e)) {
                LOG.warn("Database unavailable on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
                ctx.header(Header.RETRY_AFTER, "5");
                send(ctx, HttpStatus.SERVICE_UNAVAILABLE, "The database is unavailable; try again shortly.", null);
                return;
            }
            LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            send(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; it has been logged.", null);
        });
    }
    // endregion register

    private static String detail(Context ctx, HttpResponseException e) {
        if (e instanceof MethodNotAllowedResponse) {
            String allowed = String.join(", ", e.getDetails().values());
            ctx.header(Header.ALLOW, allowed);
            return ctx.method() + " is not allowed on " + ctx.path() + "; allowed: " + allowed;
        }
        if (e.getStatus() == HttpStatus.CONTENT_TOO_LARGE.getCode()) {
            return "The body is larger than " + JsonBody.MAX_BODY_BYTES + " bytes";
        }
        return e.getMessage();
    }

    private static void invalid(Context ctx, List<InvalidInput> errors) {
        String detail = errors.stream()
                .map(e -> (e.name() == null ? e.in() : e.name()) + " " + e.message())
                .collect(Collectors.joining("; ", "Invalid input: ", ""));
        send(ctx, HttpStatus.UNPROCESSABLE_CONTENT, detail, errors);
    }

    // region send
    private static void send(Context ctx, HttpStatus status, String detail, List<InvalidInput> errors) {
        Problem problem = new Problem("about:blank", status.getMessage(), status.getCode(), detail, ctx.path(), errors);
        ctx.status(status).json(problem).contentType(Problem.CONTENT_TYPE);
    }
    // endregion send

    /** Javalin's validators name the parameter; where it came from is read off the request. */
    private static List<InvalidInput> fromJavalin(Context ctx, ValidationException e) {
        List<InvalidInput> errors = new ArrayList<>();
        e.getErrors().forEach((name, list) -> {
            String in = ctx.pathParamMap().containsKey(name) ? "path" : "query";
            list.forEach(error -> errors.add(new InvalidInput(in, name, message(error))));
        });
        return errors;
    }

    private static String message(ValidationError<?> error) {
        if (!"TYPE_CONVERSION_FAILED".equals(error.getMessage())) {
            return error.getMessage();
        }
        return error.exception() instanceof NumberFormatException ? "must be a whole number" : "has the wrong type";
    }
}
