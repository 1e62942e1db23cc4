package io.dompet.adapter.web.problem;

import io.dompet.adapter.web.request.RequestIds;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds every problem document of the API, so that each has {@code type}, {@code title}, {@code status},
 * {@code detail} and {@code instance} the same way. The {@code instance} is a fresh {@code urn:uuid:…} naming this
 * one occurrence, not the request path: paths carry phone numbers, and problem bodies must not. Each carries the
 * request's id as {@code requestId} (the id in the {@code X-Request-Id} response header and in the log lines of the
 * request), set here and nowhere else.
 */
public final class Problems {

    /** The property listing the invalid fields of an {@code invalid-request} problem. */
    public static final String ERRORS = "errors";
    /** The property carrying the correlation id of an {@code internal-error} problem. */
    public static final String CORRELATION_ID = "correlationId";
    /** The detail of an {@code invalid-request} problem naming its fields. */
    static final String INVALID_FIELDS = "The request has invalid fields.";

    private Problems() {
    }

    /** A problem of {@code type}. */
    public static ProblemDetail of(ProblemType type, String detail) {
        return of(type, detail, UUID.randomUUID());
    }

    /** A problem of {@code type} whose {@code instance} is {@code occurrence}. */
    static ProblemDetail of(ProblemType type, String detail, UUID occurrence) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        problem.setInstance(occurrence(occurrence));
        return withRequestId(problem);
    }

    /** An {@code invalid-request} problem naming each invalid field, sorted by field and message. */
    public static ProblemDetail invalidRequest(List<FieldProblem> errors) {
        ProblemDetail problem = of(ProblemType.INVALID_REQUEST, INVALID_FIELDS);
        problem.setProperty(ERRORS, errors.stream()
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
                .toList());
        return problem;
    }

    /** An {@code invalid-request} problem that names no field: {@code detail} says what is wrong. */
    public static ProblemDetail invalidRequest(String detail) {
        ProblemDetail problem = of(ProblemType.INVALID_REQUEST, detail);
        problem.setProperty(ERRORS, List.of());
        return problem;
    }

    /** An {@code internal-error} problem that says nothing about its cause, only its correlation id. */
    static ProblemDetail internalError(UUID correlationId) {
        ProblemDetail problem = of(ProblemType.INTERNAL_ERROR,
                "The server failed to handle the request. Quote the correlation id when you report it.", correlationId);
        problem.setProperty(CORRELATION_ID, correlationId.toString());
        return problem;
    }

    /** A status without a problem type of its own: RFC 9457's {@code about:blank}, titled with the reason phrase. */
    static ProblemDetail forStatus(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String phrase = known == null ? "Error " + status.value() : known.getReasonPhrase();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, phrase + ".");
        problem.setTitle(phrase);
        problem.setInstance(occurrence(UUID.randomUUID()));
        return withRequestId(problem);
    }

    /**
     * The id of the request being answered; a request no filter saw (one Tomcat refused before any servlet) gets a
     * fresh one, so that every problem has an id to quote.
     */
    private static ProblemDetail withRequestId(ProblemDetail problem) {
        String requestId = RequestIds.current();
        problem.setProperty(RequestIds.KEY, requestId != null ? requestId : RequestIds.acceptOrCreate(null));
        return problem;
    }

    private static URI occurrence(UUID id) {
        return URI.create("urn:uuid:" + id);
    }
}
