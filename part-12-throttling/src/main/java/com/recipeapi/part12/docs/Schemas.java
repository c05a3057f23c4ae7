package com.recipeapi.part12.docs;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.TreeMap;

/**
 * Turns the records a handler reads and writes into JSON schemas, with swagger-core, through the app's own JSON
 * mapper (the field names in the docs are the ones on the wire) and the records' constraint annotations.
 */
final class Schemas {
    private final ModelConverters converters = new ModelConverters(false);
    private final Components components;
    private final ObjectMapper mapper;

    Schemas(ObjectMapper mapper, Components components) {
        // A resolver of our own over a copy of the app's mapper (swagger-core adds a module to the one it gets).
        List.copyOf(converters.getConverters()).forEach(converters::removeConverter);
        converters.addConverter(new RecordModelResolver(mapper.copy()));
        components.setSchemas(new TreeMap<>()); // sorted, so the description is the same text on every start
        this.components = components;
        this.mapper = mapper;
    }

    /** A request body's schema: the app refuses unknown fields, so the schema allows no other property. */
    Schema<?> request(Class<? extends Record> type) {
        String name = register(type);
        components.getSchemas().get(name).additionalProperties(false);
        return ref(name);
    }

    /** An answer's schema; a field the mapper always writes (not left out by {@code @JsonInclude}) is required. */
    Schema<?> response(Class<? extends Record> type) {
        String name = register(type);
        requireAlwaysWritten(type);
        return ref(name);
    }

    private void requireAlwaysWritten(Class<?> type) {
        Schema<?> schema = components.getSchemas().get(register(type));
        SerializationConfig config = mapper.getSerializationConfig();
        BeanDescription description = config.introspect(mapper.constructType(type));
        JsonInclude.Value byClass = description.findPropertyInclusion(config.getDefaultPropertyInclusion());
        for (BeanPropertyDefinition property : description.findProperties()) {
            JsonInclude.Include include =
                    byClass.withOverrides(property.findInclusion()).getValueInclusion();
            boolean always = include == JsonInclude.Include.ALWAYS || include == JsonInclude.Include.USE_DEFAULTS;
            if ((always || property.getRawPrimaryType().isPrimitive())
                    && (schema.getRequired() == null || !schema.getRequired().contains(property.getName()))) {
                schema.addRequiredItem(property.getName());
            }
            JavaType item = property.getPrimaryType().isContainerType()
                    ? property.getPrimaryType().getContentType()
                    : property.getPrimaryType();
            if (item.getRawClass().isRecord() && item.getRawClass() != type) {
                requireAlwaysWritten(item.getRawClass());
            }
        }
    }

    private static Schema<?> ref(String name) {
        return new Schema<>().$ref(Components.COMPONENTS_SCHEMAS_REF + name);
    }

    @SuppressWarnings("rawtypes")
    private String register(Class<?> type) {
        ResolvedSchema resolved = converters.resolveAsResolvedSchema(new AnnotatedType(type).resolveAsRef(false));
        resolved.referencedSchemas.forEach(
                (name, schema) -> components.getSchemas().putIfAbsent(name, schema));
        return resolved.schema.getName();
    }
}
