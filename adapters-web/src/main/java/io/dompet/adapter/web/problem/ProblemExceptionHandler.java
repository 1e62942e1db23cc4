package io.dompet.adapter.web.problem;

import io.dompet.adapter.web.callback.FinpayCallbackAnswer;
import io.dompet.application.port.out.StoreUnavailableException;
import io.dompet.domain.shared.DomainValidationException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every exception that reaches Spring MVC, and every refusal of the security filter chain (which hands its
 * {@link AuthenticationException}s and {@link AccessDeniedException}s over), into an RFC 9457
 * {@code application/problem+json} response with a stable {@link ProblemType}, built by {@link Problems}.
 *
 * <p>A {@link ProblemException} says its own type, detail, properties and headers; the framework's own exceptions
 * become the invalid fields they name ({@link FieldProblems}) or the problem of their status ({@link StatusProblems}).
 * Details are written here or by the code that throws a {@link ProblemException}, never copied from framework
 * messages, which may echo what the client sent. Server errors say nothing about their cause; they are logged with a
 * correlation id that the problem carries as {@code correlationId} (and as its {@code instance}).
 *
 * <p>Except below {@value FinpayCallbackAnswer#CALLBACKS}: Finpay reads those answers and expects its own format, so
 * an error there is answered with the same status as a {@link FinpayCallbackAnswer} in {@code application/json}.
 */
@RestControllerAdvice
public class ProblemExceptionHandler extends ResponseEntityExceptionHandler {

    /** The challenge of 401 responses, in the {@code WWW-Authenticate} header. */
    public static final String API_KEY_CHALLENGE = "ApiKey";
    /** Seconds a client should wait before repeating a request that met an unreachable database. */
    public static final int DATABASE_RETRY_AFTER_SECONDS = 5;

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Object> handleProblemException(ProblemException ex, WebRequest request) {
        ProblemDetail problem = ex instanceof InvalidRequestException invalid
                ? Problems.invalidRequest(invalid.errors()) : Problems.of(ex.type(), ex.detail());
        ex.properties().forEach(problem::setProperty);
        return respond(ex, problem, ex.headers(), request);
    }

    /** A domain rule broken by what the client sent, when no controller said which field it came from. */
    @ExceptionHandler(DomainValidationException.class)
    ResponseEntity<Object> handleDomainValidation(DomainValidationException ex, WebRequest request) {
        return respond(ex, Problems.invalidRequest(ex.getMessage()), new HttpHeaders(), request);
    }

    /**
     * Spring Security's firewall refusing a request part it reads lazily, such as a header value with control
     * characters. Its message quotes the value, so it is not shown.
     */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<Object> handleRequestRejected(RequestRejectedException ex, WebRequest request) {
        return respond(ex, Problems.invalidRequest("The request has a header or parameter with characters that are not allowed."),
                new HttpHeaders(), request);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> handleAuthentication(AuthenticationException ex, WebRequest request) {
        String detail = ex instanceof BadCredentialsException
                ? "The API key in the X-API-Key header is not valid."
                : "This endpoint needs an API key in the X-API-Key header.";
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, API_KEY_CHALLENGE);
        return respond(ex, Problems.of(ProblemType.UNAUTHORIZED, detail), headers, request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> handleAccessDenied(AccessDeniedException ex, WebRequest request) {
        return respond(ex, Problems.of(ProblemType.FORBIDDEN, "You may not access this resource."), new HttpHeaders(), request);
    }

    /**
     * dompet's database could not be reached: 503 with {@code Retry-After}, no stack trace (the outage is logged once
     * per request at WARN). Repeating the request is safe: a top-up with the same {@code Idempotency-Key} is replayed
     * or, if it was stored before the outage, settled by the reconciler.
     */
    @ExceptionHandler(StoreUnavailableException.class)
    ResponseEntity<Object> handleStoreUnavailable(StoreUnavailableException ex, WebRequest request) {
        log.warn("answering 503 database-unavailable: {}", ex.getMessage());
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Integer.toString(DATABASE_RETRY_AFTER_SECONDS));
        return respond(ex, Problems.of(ProblemType.DATABASE_UNAVAILABLE, "dompet's database cannot be reached right now."
                + " Send the request again later; with the same Idempotency-Key a top-up is never made twice."),
                headers, request);
    }

    /** Anything else is a bug or an outage: a generic answer, and the exception in the log under a correlation id. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
        return respond(ex, internalError(ex), new HttpHeaders(), request);
    }

    /** Every exception Spring MVC itself raises (400, 404, 405, 406, 415, 500, …) passes through here. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        ProblemDetail problem = statusCode.is5xxServerError() ? internalError(ex)
                : FieldProblems.of(ex).map(Problems::invalidRequest).orElseGet(() -> StatusProblems.of(ex, statusCode));
        return respond(ex, problem, headers, request);
    }

    private ResponseEntity<Object> respond(Exception ex, ProblemDetail problem, HttpHeaders headers, WebRequest request) {
        if (problem.getStatus() < 500) {
            log.debug("answering {} {} as {} ({})", problem.getStatus(), problem.getType(), problem.getInstance(),
                    ex.getClass().getSimpleName());
        }
        HttpServletRequest servletRequest = request instanceof NativeWebRequest nativeRequest
                ? nativeRequest.getNativeRequest(HttpServletRequest.class) : null;
        if (servletRequest != null && FinpayCallbackAnswer.isCallback(servletRequest)) {
            return FinpayCallbackAnswer.forError(problem.getStatus(), headers);
        }
        return super.handleExceptionInternal(ex, problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
    }

    private static ProblemDetail internalError(Exception ex) {
        UUID correlationId = UUID.randomUUID();
        log.error("internal error, correlation id {}", correlationId, ex);
        return Problems.internalError(correlationId);
    }
}
