package com.recipeapi.part12;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.recipeapi.part12.Problem.InvalidInput;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks a request body against the constraints declared on its record (Jakarta Bean Validation, run by
 * Hibernate Validator), and reports each broken field once, in the record's order, named as on the wire.
 */
final class BodyChecks {
    private static final PropertyNamingStrategies.NamingBase WIRE = new PropertyNamingStrategies.SnakeCaseStrategy();

    private BodyChecks() {}

    /** Built on first use; messages are the annotations' own texts, so no expression language is needed. */
    private static final class Holder {
        static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();
    }

    // region validate
    /** Every broken rule of the body at once, so a client can fix them all in one go. */
    static void validate(Record body) {
        Set<ConstraintViolation<Record>> broken = Holder.VALIDATOR.validate(body);
        if (broken.isEmpty()) {
            return;
        }
        List<String> fields = Arrays.stream(body.getClass().getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
        Map<String, String> firstPerField = new TreeMap<>(Comparator.comparingInt(fields::indexOf));
        broken.stream() // a missing value breaks @NotBlank too; "is required" says it best
                .sorted(Comparator.comparing(v -> !(v.getConstraintDescriptor().getAnnotation() instanceof NotNull)))
                .forEach(v -> firstPerField.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        throw new InvalidInputException(firstPerField.entrySet().stream()
                .map(field -> new InvalidInput("body", WIRE.translate(field.getKey()), field.getValue()))
                .toList());
    }
    // endregion validate
}
