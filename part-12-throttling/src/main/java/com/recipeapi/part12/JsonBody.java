package com.recipeapi.part12;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.RequestTimeoutResponse;
import io.javalin.http.UnsupportedMediaTypeResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

/** Reads a JSON request body into a record, strictly, with a clear error for every way it can be wrong. */
final class JsonBody {
    static final long MAX_BODY_BYTES = 64 * 1024;

    // region mapper
    /** snake_case on the wire; no guessing: "12" is not a number and 12 is not a string. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .withCoercionConfig(
                    LogicalType.Textual,
                    text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();
    // endregion mapper

    private JsonBody() {}

    // region read
    /** The body as a record of {@code type}, well-formed and valid, or an exception that says what is wrong. */
    static <T extends Record> T read(Context ctx, Class<T> type) {
        String contentType = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!contentType.split(";")[0].strip().equals("application/json")) {
            throw new UnsupportedMediaTypeResponse("Send the body as JSON, with Content-Type: application/json");
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(bytes(ctx));
        } catch (IOException e) {
            throw new BadRequestResponse("The body is not valid JSON" + where(e));
        }
        if (tree == null || tree.isMissingNode()) {
            throw new BadRequestResponse("The body is empty; send a JSON object");
        }
        if (!tree.isObject()) {
            throw InvalidInputException.body(null, "must be a JSON object");
        }
        T body;
        try {
            body = MAPPER.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw InvalidInputException.body(field(e), problem(e));
        }
        BodyChecks.validate(body);
        return body;
    }
    // endregion read

    /** The body's bytes; one that arrives slower than SlowClients allows is a 408, not a JSON problem. */
    private static byte[] bytes(Context ctx) throws IOException {
        try {
            return ctx.bodyAsBytes();
        } catch (Exception e) { // Jetty's IOException, thrown past Kotlin's unchecked signature
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof TimeoutException) {
                    throw new RequestTimeoutResponse("The body arrived too slowly; send at least "
                            + SlowClients.MIN_BODY_BYTES_PER_SECOND + " bytes a second");
                }
            }
            if (e instanceof RuntimeException other) {
                throw other; // such as Javalin's 413 for a body over the limit
            }
            throw e instanceof IOException io ? io : new IOException(e);
        }
    }

    private static String where(IOException e) {
        if (e instanceof JsonProcessingException json && json.getLocation() != null) {
            return " (line " + json.getLocation().getLineNr() + ", column "
                    + json.getLocation().getColumnNr() + ")";
        }
        return "";
    }

    private static String field(JsonProcessingException e) {
        return e instanceof JsonMappingException m && !m.getPath().isEmpty()
                ? m.getPath().get(0).getFieldName()
                : null;
    }

    private static String problem(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (target == String.class) {
            return "must be a string";
        }
        if (target == Integer.class || e.getCause() instanceof InputCoercionException) {
            return "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        return "has the wrong type";
    }
}
