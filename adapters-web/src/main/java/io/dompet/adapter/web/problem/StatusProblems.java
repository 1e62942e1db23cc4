package io.dompet.adapter.web.problem;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;

/**
 * The problem of an error Spring MVC raised with a status and no fields to name (404, 405, 406, 415, …): each status
 * with a {@link ProblemType} of its own gets that type and a detail written here; any other is RFC 9457's
 * {@code about:blank}. Server errors are not mapped here: they are internal errors.
 */
final class StatusProblems {

    /** The type and detail of each client-error status with a problem type of its own. */
    private static final Map<HttpStatus, Problem> BY_STATUS = Map.of(
            HttpStatus.BAD_REQUEST, new Problem(ProblemType.INVALID_REQUEST, "The request is not valid."),
            HttpStatus.UNAUTHORIZED, new Problem(ProblemType.UNAUTHORIZED, "This endpoint needs an API key in the X-API-Key header."),
            HttpStatus.FORBIDDEN, new Problem(ProblemType.FORBIDDEN, "You may not access this resource."),
            HttpStatus.NOT_FOUND, new Problem(ProblemType.NOT_FOUND, "There is no resource at this path."),
            HttpStatus.METHOD_NOT_ALLOWED, new Problem(ProblemType.METHOD_NOT_ALLOWED, "This method is not allowed on this resource."),
            HttpStatus.UNSUPPORTED_MEDIA_TYPE, new Problem(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The request body has no supported content type."),
            HttpStatus.NOT_ACCEPTABLE, new Problem(ProblemType.NOT_ACCEPTABLE,
                    "This resource cannot be represented in any media type the Accept header allows."),
            HttpStatus.CONFLICT, new Problem(ProblemType.CONFLICT, "The request conflicts with the current state of the resource."));

    private StatusProblems() {
    }

    /** The problem of {@code ex}, raised with the client-error {@code status}. */
    static ProblemDetail of(Exception ex, HttpStatusCode status) {
        if (ex instanceof HttpRequestMethodNotSupportedException notSupported) {
            return Problems.of(ProblemType.METHOD_NOT_ALLOWED, "Method " + notSupported.getMethod()
                    + " is not allowed on this resource; the Allow header lists those that are.");
        }
        if (ex instanceof HttpMediaTypeNotSupportedException notSupported && notSupported.getContentType() != null) {
            MediaType type = notSupported.getContentType();
            return Problems.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Content type " + type.getType() + "/"
                    + type.getSubtype() + " is not supported here; the Accept header lists those that are.");
        }
        HttpStatus known = HttpStatus.resolve(status.value());
        Problem problem = known == null ? null : BY_STATUS.get(known);
        if (problem == null) {
            return Problems.forStatus(status);
        }
        return problem.type() == ProblemType.INVALID_REQUEST
                ? Problems.invalidRequest(problem.detail()) : Problems.of(problem.type(), problem.detail());
    }

    private record Problem(ProblemType type, String detail) {
    }
}
