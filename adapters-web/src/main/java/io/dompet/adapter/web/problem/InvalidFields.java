package io.dompet.adapter.web.problem;

import io.dompet.domain.shared.DomainValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The invalid fields of one request, collected while a controller checks every field, header and path variable, so
 * that one {@code invalid-request} problem names each of them ({@link #throwIfAny()}) and a bad request stores nothing
 * and reaches no one. The rules are the domain's: a {@link DomainValidationException} a rule throws names the field
 * with the domain's message, which never repeats the value.
 */
public final class InvalidFields {

    /** The message of a field that is missing or null. */
    public static final String REQUIRED = "is required";

    private final List<FieldProblem> problems = new ArrayList<>();

    /** Names {@code field} as invalid. */
    public void add(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }

    /** {@code value}; when it is null, {@code field} is named as {@value #REQUIRED}. */
    public <T> @Nullable T required(String field, @Nullable T value) {
        if (value == null) {
            add(field, REQUIRED);
        }
        return value;
    }

    /**
     * Runs the domain rule {@code check}; when it refuses, {@code field} is named with the rule's message.
     *
     * @return whether the rule was met
     */
    public boolean check(String field, Runnable check) {
        try {
            check.run();
            return true;
        } catch (DomainValidationException e) {
            add(field, e.getMessage());
            return false;
        }
    }

    /** The domain value {@code parser} makes of {@code raw}, or null with {@code field} named when it refuses. */
    public <T> @Nullable T parse(String field, String raw, Function<String, T> parser) {
        try {
            return parser.apply(raw);
        } catch (DomainValidationException e) {
            add(field, e.getMessage());
            return null;
        }
    }

    /**
     * The value {@code decoder} finds in the optional parameter {@code raw}: null when {@code raw} is absent, and null
     * with {@code field} named by {@code message} when the decoder finds none.
     */
    public <T> @Nullable T decode(String field, @Nullable String raw, Function<String, Optional<T>> decoder,
                                  String message) {
        if (raw == null) {
            return null;
        }
        T value = decoder.apply(raw).orElse(null);
        if (value == null) {
            add(field, message);
        }
        return value;
    }

    /**
     * The domain value {@code parser} makes of the one field of a request, such as a path variable.
     *
     * @throws InvalidRequestException naming {@code field} with the domain's message when the parser refuses
     */
    public static <T> T parseOne(String field, String raw, Function<String, T> parser) {
        InvalidFields invalid = new InvalidFields();
        T value = invalid.parse(field, raw, parser);
        invalid.throwIfAny();
        return Objects.requireNonNull(value);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** @throws InvalidRequestException naming every invalid field, if there is one */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }
}
