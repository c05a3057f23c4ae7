package com.recipeapi.part12.docs;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.NotBlank;
import java.lang.annotation.Annotation;
import java.util.Arrays;

/**
 * swagger-core's resolver, which turns constraint annotations into schema keywords, with one fix: it applies
 * {@code @NotBlank} (minLength 1) before {@code @Size(max = ...)}, whose default {@code min = 0} then undoes it.
 */
final class RecordModelResolver extends ModelResolver {
    RecordModelResolver(ObjectMapper mapper) {
        super(mapper);
    }

    @Override
    @SuppressWarnings("rawtypes")
    protected boolean applyBeanValidatorAnnotations(
            Schema property, Annotation[] annotations, Schema parent, boolean applyNotNullAnnotations) {
        boolean changed = super.applyBeanValidatorAnnotations(property, annotations, parent, applyNotNullAnnotations);
        if (property != null && annotations != null) {
            boolean notBlank = Arrays.stream(annotations).anyMatch(a -> a instanceof NotBlank);
            if (notBlank || Integer.valueOf(0).equals(property.getMinLength())) {
                property.setMinLength(notBlank ? 1 : null);
            }
        }
        return changed;
    }
}
