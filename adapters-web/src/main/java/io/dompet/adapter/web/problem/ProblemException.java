package io.dompet.adapter.web.problem;

import java.util.Objects;

/**
 * An exception a controller throws to answer with a problem of a given {@link ProblemType}. Its message becomes the
 * problem's {@code detail}, shown to the client and logged: it must never carry a secret or a full phone number.
 */
public abstract class ProblemException extends RuntimeException {

    private final ProblemType type;

    protected ProblemException(ProblemType type, String detail) {
        super(Objects.requireNonNull(detail, "detail must not be null"));
        this.type = Objects.requireNonNull(type, "type must not be null");
    }

    public ProblemType type() {
        return type;
    }

    /** The problem's {@code detail}: the exception message. */
    public String detail() {
        return getMessage();
    }
}
