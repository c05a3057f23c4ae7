package com.recipeapi.part12.docs;

import io.javalin.http.Context;
import io.javalin.validation.Validator;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import java.math.BigDecimal;

/**
 * A path or query parameter, declared once: the handler reads and checks it with it (through Javalin's
 * validator), and the docs describe it from it, so the bounds the docs show are the bounds the app enforces.
 */
public final class Param<T> {
    private final String name;
    private final boolean inPath;
    private final Class<T> type;
    private Integer min;
    private Integer max;
    private Integer minLength;
    private T fallback;

    private Param(String name, boolean inPath, Class<T> type) {
        this.name = name;
        this.inPath = inPath;
        this.type = type;
    }

    /** A whole number in the path, as in {@code /recipe/{recipe_id}}. */
    public static Param<Integer> pathInt(String name) {
        return new Param<>(name, true, Integer.class);
    }

    /** An optional whole number in the query string. */
    public static Param<Integer> queryInt(String name) {
        return new Param<>(name, false, Integer.class);
    }

    /** An optional text in the query string. */
    public static Param<String> queryText(String name) {
        return new Param<>(name, false, String.class);
    }

    public Param<T> range(int lowest, int highest) {
        this.min = lowest;
        this.max = highest;
        return this;
    }

    public Param<T> minLength(int length) {
        this.minLength = length;
        return this;
    }

    public Param<T> orElse(T value) {
        this.fallback = value;
        return this;
    }

    // region read
    /** The value from the request, or the default; a wrong one throws Javalin's ValidationException (a 422). */
    public T read(Context ctx) {
        Validator<T> value = inPath ? ctx.pathParamAsClass(name, type) : ctx.queryParamAsClass(name, type);
        if (min != null) { // Javalin runs checks on a missing parameter too, with null as its value
            value = value.check(v -> v == null || inRange((Integer) v), "must be from " + min + " to " + max);
        }
        if (minLength != null) {
            value = value.check(
                    v -> v == null || v.toString().codePoints().count() >= minLength,
                    "must be at least " + minLength + " characters");
        }
        return inPath ? value.get() : fallback != null ? value.getOrDefault(fallback) : value.getOrNull();
    }
    // endregion read

    private boolean inRange(int value) {
        return value >= min && value <= max;
    }

    /** The OpenAPI description of this parameter: its name, where it is, its type, bounds and default. */
    Parameter describe() {
        Schema<?> schema = type == Integer.class ? new IntegerSchema() : new StringSchema();
        if (min != null) {
            schema.minimum(BigDecimal.valueOf(min)).maximum(BigDecimal.valueOf(max));
        }
        schema.minLength(minLength);
        if (fallback != null) {
            schema.setDefault(fallback);
        }
        Parameter parameter = inPath ? new PathParameter() : new QueryParameter();
        return parameter.name(name).required(inPath).schema(schema);
    }
}
