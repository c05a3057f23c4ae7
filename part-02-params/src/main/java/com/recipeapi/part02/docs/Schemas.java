package com.recipeapi.part02.docs;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.TreeMap;

/**
 * Turns the records a handler writes into JSON schemas, with swagger-core, through the app's own JSON mapper:
 * the field names in the docs are the ones on the wire.
 */
final class Schemas {
    private final ModelConverters converters = new ModelConverters(false);
    private final Components components;
    private final ObjectMapper mapper;

    Schemas(ObjectMapper mapper, Components components) {
        // A resolver of our own over a copy of the app's mapper (swagger-core adds a module to the one it gets).
        List.copyOf(converters.getConverters()).forEach(converters::removeConverter);
        converters.addConverter(new ModelResolver(mapper.copy()));
        components.setSchemas(new TreeMap<>()); // sorted, so the description is the same text on every start
        this.components = components;
        this.mapper = mapper;
    }

    /** A reference to the schema of an answer's record; every field the mapper always writes is required. */
    Schema<?> response(Class<? extends Record> type) {
        String name = register(type);
        Schema<?> schema = components.getSchemas().get(name);
        BeanDescription description = mapper.getSerializationConfig().introspect(mapper.constructType(type));
        for (BeanPropertyDefinition property : description.findProperties()) {
            schema.addRequiredItem(property.getName());
        }
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
