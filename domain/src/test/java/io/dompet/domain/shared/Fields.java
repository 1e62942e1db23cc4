package io.dompet.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every field of an aggregate by name, read through its accessors, for tests that compare aggregates field by field
 * (they have no equals of their own, or one that looks at a few fields only).
 */
public final class Fields {

    private final Object aggregate;
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Fields(Object aggregate) {
        this.aggregate = aggregate;
    }

    public static Fields of(Object aggregate) {
        return new Fields(aggregate);
    }

    public Fields put(String field, Object value) {
        values.put(field, value);
        return this;
    }

    /**
     * The fields by name; fails when the aggregate has a field this map does not know. An aggregate that keeps its
     * fields in a {@link Draft} ({@code TopUp}'s {@code TopUpDraft}) has the draft's fields.
     */
    public Map<String, Object> toMap() {
        long declared = instanceFields(aggregate.getClass())
                .mapToLong(field -> Draft.class.isAssignableFrom(field.getType())
                        ? instanceFields(field.getType()).count() : 1)
                .sum();
        assertThat(values).as("every field of %s is compared", aggregate.getClass().getSimpleName())
                .hasSize((int) declared);
        return values;
    }

    private static Stream<Field> instanceFields(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields()).filter(field -> !Modifier.isStatic(field.getModifiers()));
    }
}
