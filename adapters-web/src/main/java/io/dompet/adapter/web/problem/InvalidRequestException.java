package io.dompet.adapter.web.problem;

import java.util.List;

/**
 * The request has invalid fields (400, type {@code invalid-request}); each one is named in {@link #errors()}. Thrown by
 * {@link InvalidFields}, which collects them.
 */
public class InvalidRequestException extends ProblemException {

    private final transient List<FieldProblem> errors;

    public InvalidRequestException(List<FieldProblem> errors) {
        super(ProblemType.INVALID_REQUEST, Problems.INVALID_FIELDS);
        this.errors = List.copyOf(errors);
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
