package io.dompet.adapter.web.problem;

import io.dompet.domain.shared.DomainValidationException;
import java.util.List;
import java.util.function.Function;

/** The request has invalid fields (400, type {@code invalid-request}); each one is named in {@link #errors()}. */
public class InvalidRequestException extends ProblemException {

    private final transient List<FieldProblem> errors;

    public InvalidRequestException(List<FieldProblem> errors) {
        super(ProblemType.INVALID_REQUEST, Problems.INVALID_FIELDS);
        this.errors = List.copyOf(errors);
    }

    /** A request with one invalid field. */
    public static InvalidRequestException of(String field, String message) {
        return new InvalidRequestException(List.of(new FieldProblem(field, message)));
    }

    /**
     * Parses the raw value of one request field into a domain value. A {@link DomainValidationException} becomes an
     * {@code invalid-request} problem naming {@code field}, with the domain's message, which never repeats the value.
     */
    public static <T> T parseField(String field, String raw, Function<String, T> parser) {
        try {
            return parser.apply(raw);
        } catch (DomainValidationException e) {
            throw of(field, e.getMessage());
        }
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
