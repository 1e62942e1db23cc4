package io.dompet.adapter.web.problem;

import java.util.Objects;

/**
 * One entry of the {@code errors} array of an {@code invalid-request} problem: which field is wrong and why.
 * The message never repeats the value the client sent.
 *
 * @param field the JSON field ({@code items[0].amount}), path variable, query parameter or header; {@code body} when
 *     the body as a whole is missing or unreadable
 * @param message what is wrong, e.g. {@code must not be blank}
 */
public record FieldProblem(String field, String message) {

    /** The {@code field} of a problem with the request body as a whole. */
    public static final String BODY = "body";

    public FieldProblem {
        Objects.requireNonNull(field, "field must not be null");
        Objects.requireNonNull(message, "message must not be null");
    }
}
