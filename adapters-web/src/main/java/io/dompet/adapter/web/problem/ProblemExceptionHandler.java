package io.dompet.adapter.web.problem;

import io.dompet.adapter.web.callback.FinpayCallbackAnswer;
import io.dompet.application.port.out.StoreUnavailableException;
import io.dompet.domain.shared.DomainValidationException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Turns every exception that reaches Spring MVC, and every refusal of the security filter chain (which hands its
 * {@link AuthenticationException}s and {@link AccessDeniedException}s over), into an RFC 9457
 * {@code application/problem+json} response with a stable {@link ProblemType}.
 *
 * <p>Every problem has {@code type}, {@code title}, {@code status}, {@code detail} and {@code instance}. The
 * {@code instance} is a fresh {@code urn:uuid:…} naming this one occurrence, not the request path: paths carry phone
 * numbers, and problem bodies must not. Details are written here or by the code that throws a
 * {@link ProblemException}, never copied from framework messages, which may echo what the client sent.
 * Server errors say nothing about their cause; they are logged with a correlation id that the problem carries as
 * {@code correlationId} (and as its {@code instance}).
 *
 * <p>Except below {@value FinpayCallbackAnswer#CALLBACKS}: Finpay reads those answers and expects its own format, so
 * an error there (an unknown callback path, a wrong method, an error dispatch, a failure no controller caught) is
 * answered with the same status as a {@link FinpayCallbackAnswer} in {@code application/json}.
 */
@RestControllerAdvice
public class ProblemExceptionHandler extends ResponseEntityExceptionHandler {

    /** The challenge of 401 responses, in the {@code WWW-Authenticate} header. */
    public static final String API_KEY_CHALLENGE = "ApiKey";
    /** The property listing the invalid fields of an {@code invalid-request} problem. */
    public static final String ERRORS = "errors";
    /** The property carrying the correlation id of an {@code internal-error} problem. */
    public static final String CORRELATION_ID = "correlationId";

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);
    private static final String INVALID_FIELDS = "The request has invalid fields.";
    private static final String INVALID_VALUE = "has an invalid value";

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Object> handleProblemException(ProblemException ex, WebRequest request) {
        ProblemDetail problem = problem(ex.type(), ex.detail());
        ex.properties().forEach(problem::setProperty);
        if (ex instanceof InvalidRequestException invalid) {
            problem.setProperty(ERRORS, sorted(invalid.errors()));
        }
        return respond(ex, problem, ex.headers(), request);
    }

    /** A domain rule broken by what the client sent, when no controller said which field it came from. */
    @ExceptionHandler(DomainValidationException.class)
    ResponseEntity<Object> handleDomainValidation(DomainValidationException ex, WebRequest request) {
        ProblemDetail problem = problem(ProblemType.INVALID_REQUEST, ex.getMessage());
        problem.setProperty(ERRORS, List.of());
        return respond(ex, problem, new HttpHeaders(), request);
    }

    /**
     * Spring Security's firewall refusing a request part it reads lazily, such as a header value with control
     * characters. Its message quotes the value, so it is not shown.
     */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<Object> handleRequestRejected(RequestRejectedException ex, WebRequest request) {
        ProblemDetail problem = problem(ProblemType.INVALID_REQUEST, "The request has a header or parameter with characters that are not allowed.");
        problem.setProperty(ERRORS, List.of());
        return respond(ex, problem, new HttpHeaders(), request);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> handleAuthentication(AuthenticationException ex, WebRequest request) {
        String detail = ex instanceof BadCredentialsException
                ? "The API key in the X-API-Key header is not valid."
                : "This endpoint needs an API key in the X-API-Key header.";
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, API_KEY_CHALLENGE);
        return respond(ex, problem(ProblemType.UNAUTHORIZED, detail), headers, request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> handleAccessDenied(AccessDeniedException ex, WebRequest request) {
        return respond(ex, problem(ProblemType.FORBIDDEN, "You may not access this resource."), new HttpHeaders(), request);
    }

    /** Seconds a client should wait before repeating a request that met an unreachable database. */
    public static final int DATABASE_RETRY_AFTER_SECONDS = 5;

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
        return respond(ex, problem(ProblemType.DATABASE_UNAVAILABLE, "dompet's database cannot be reached right now."
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
        return respond(ex, frameworkProblem(ex, statusCode), headers, request);
    }

    private ResponseEntity<Object> respond(Exception ex, ProblemDetail problem, HttpHeaders headers, WebRequest request) {
        if (problem.getStatus() < 500) {
            log.debug("answering {} {} as {} ({})", problem.getStatus(), problem.getType(), problem.getInstance(),
                    ex.getClass().getSimpleName());
        }
        HttpServletRequest servletRequest = request instanceof NativeWebRequest nativeRequest
                ? nativeRequest.getNativeRequest(HttpServletRequest.class) : null;
        if (servletRequest != null && FinpayCallbackAnswer.isCallback(servletRequest)) {
            return ResponseEntity.status(problem.getStatus())
                    .headers(headers)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(FinpayCallbackAnswer.forStatus(problem.getStatus()));
        }
        return super.handleExceptionInternal(ex, problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
    }

    private ProblemDetail frameworkProblem(Exception ex, HttpStatusCode statusCode) {
        if (statusCode.is5xxServerError()) {
            return internalError(ex);
        }
        if (ex instanceof MethodArgumentNotValidException invalid) {
            return invalidRequest(bindingErrors(invalid.getBindingResult()));
        }
        if (ex instanceof HandlerMethodValidationException invalid) {
            return invalidRequest(parameterErrors(invalid.getParameterValidationResults()));
        }
        if (ex instanceof TypeMismatchException mismatch) {
            String field = mismatch instanceof MethodArgumentTypeMismatchException argument
                    ? argument.getName() : mismatch.getPropertyName();
            return invalidRequest(List.of(new FieldProblem(field == null ? "parameter" : field, domainMessageOr(ex, INVALID_VALUE))));
        }
        if (ex instanceof MissingServletRequestParameterException missing) {
            return invalidRequest(List.of(new FieldProblem(missing.getParameterName(), "is required")));
        }
        if (ex instanceof MissingRequestHeaderException missing) {
            return invalidRequest(List.of(new FieldProblem(missing.getHeaderName(), "header is required")));
        }
        if (ex instanceof HttpMessageNotReadableException unreadable) {
            return invalidRequest(List.of(unreadableBody(unreadable)));
        }
        int status = statusCode.value();
        if (status == HttpStatus.BAD_REQUEST.value()) {
            ProblemDetail problem = problem(ProblemType.INVALID_REQUEST, "The request is not valid.");
            problem.setProperty(ERRORS, List.of());
            return problem;
        }
        if (status == HttpStatus.UNAUTHORIZED.value()) {
            return problem(ProblemType.UNAUTHORIZED, "This endpoint needs an API key in the X-API-Key header.");
        }
        if (status == HttpStatus.FORBIDDEN.value()) {
            return problem(ProblemType.FORBIDDEN, "You may not access this resource.");
        }
        if (status == HttpStatus.NOT_FOUND.value()) {
            return problem(ProblemType.NOT_FOUND, "There is no resource at this path.");
        }
        if (ex instanceof HttpRequestMethodNotSupportedException notSupported) {
            return problem(ProblemType.METHOD_NOT_ALLOWED,
                    "Method " + notSupported.getMethod() + " is not allowed on this resource; the Allow header lists those that are.");
        }
        if (status == HttpStatus.METHOD_NOT_ALLOWED.value()) {
            return problem(ProblemType.METHOD_NOT_ALLOWED, "This method is not allowed on this resource.");
        }
        if (ex instanceof HttpMediaTypeNotSupportedException notSupported && notSupported.getContentType() != null) {
            return problem(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Content type " + notSupported.getContentType().getType()
                    + "/" + notSupported.getContentType().getSubtype() + " is not supported here; the Accept header lists those that are.");
        }
        if (status == HttpStatus.UNSUPPORTED_MEDIA_TYPE.value()) {
            return problem(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The request body has no supported content type.");
        }
        if (status == HttpStatus.NOT_ACCEPTABLE.value()) {
            return problem(ProblemType.NOT_ACCEPTABLE, "This resource cannot be represented in any media type the Accept header allows.");
        }
        if (status == HttpStatus.CONFLICT.value()) {
            return problem(ProblemType.CONFLICT, "The request conflicts with the current state of the resource.");
        }
        // a status without a problem type of its own: RFC 9457's about:blank, titled with the reason phrase
        HttpStatus known = HttpStatus.resolve(status);
        String phrase = known == null ? "Error " + status : known.getReasonPhrase();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(statusCode, phrase + ".");
        problem.setTitle(phrase);
        problem.setInstance(occurrence(UUID.randomUUID()));
        return problem;
    }

    private ProblemDetail internalError(Exception ex) {
        UUID correlationId = UUID.randomUUID();
        log.error("internal error, correlation id {}", correlationId, ex);
        ProblemDetail problem = problem(ProblemType.INTERNAL_ERROR,
                "The server failed to handle the request. Quote the correlation id when you report it.", correlationId);
        problem.setProperty(CORRELATION_ID, correlationId.toString());
        return problem;
    }

    private ProblemDetail invalidRequest(List<FieldProblem> errors) {
        ProblemDetail problem = problem(ProblemType.INVALID_REQUEST, INVALID_FIELDS);
        problem.setProperty(ERRORS, sorted(errors));
        return problem;
    }

    private static ProblemDetail problem(ProblemType type, String detail) {
        return problem(type, detail, UUID.randomUUID());
    }

    private static ProblemDetail problem(ProblemType type, String detail, UUID occurrence) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        problem.setInstance(occurrence(occurrence));
        return problem;
    }

    private static URI occurrence(UUID id) {
        return URI.create("urn:uuid:" + id);
    }

    private static List<FieldProblem> bindingErrors(Errors result) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : result.getFieldErrors()) {
            errors.add(new FieldProblem(error.getField(), fieldMessage(error)));
        }
        for (ObjectError error : result.getGlobalErrors()) {
            errors.add(new FieldProblem(FieldProblem.BODY, messageOr(error, INVALID_VALUE)));
        }
        return errors;
    }

    private static List<FieldProblem> parameterErrors(List<ParameterValidationResult> results) {
        List<FieldProblem> errors = new ArrayList<>();
        for (ParameterValidationResult result : results) {
            if (result instanceof ParameterErrors beanErrors) {
                errors.addAll(bindingErrors(beanErrors));
            } else {
                String name = parameterName(result.getMethodParameter());
                for (MessageSourceResolvable error : result.getResolvableErrors()) {
                    errors.add(new FieldProblem(name, messageOr(error, INVALID_VALUE)));
                }
            }
        }
        return errors;
    }

    private static String parameterName(MethodParameter parameter) {
        PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
        if (pathVariable != null && !pathVariable.name().isEmpty()) {
            return pathVariable.name();
        }
        RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
        if (requestParam != null && !requestParam.name().isEmpty()) {
            return requestParam.name();
        }
        RequestHeader requestHeader = parameter.getParameterAnnotation(RequestHeader.class);
        if (requestHeader != null && !requestHeader.name().isEmpty()) {
            return requestHeader.name();
        }
        String name = parameter.getParameterName();
        return name == null ? "parameter" : name;
    }

    /** Binding failures (wrong type) get a generic message: the framework's would repeat the value. */
    private static String fieldMessage(FieldError error) {
        return error.isBindingFailure() ? INVALID_VALUE : messageOr(error, INVALID_VALUE);
    }

    private static String messageOr(MessageSourceResolvable error, String fallback) {
        String message = error.getDefaultMessage();
        return message == null || message.isBlank() ? fallback : message;
    }

    /**
     * Names the JSON field Jackson failed on, with the domain's message when a domain value refused it. Jackson's own
     * messages are never shown: they quote the input.
     */
    private static FieldProblem unreadableBody(HttpMessageNotReadableException ex) {
        JacksonException jackson = causeOfType(ex, JacksonException.class);
        if (jackson == null) {
            return new FieldProblem(FieldProblem.BODY, "is missing or is not valid JSON");
        }
        if (!(jackson instanceof DatabindException)) {
            return new FieldProblem(FieldProblem.BODY, "is not valid JSON");
        }
        String field = jsonPath(jackson);
        return new FieldProblem(field.isEmpty() ? FieldProblem.BODY : field, domainMessageOr(ex, "has an invalid value or type"));
    }

    private static String jsonPath(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String domainMessageOr(Throwable ex, String fallback) {
        DomainValidationException domain = causeOfType(ex, DomainValidationException.class);
        return domain == null ? fallback : domain.getMessage();
    }

    private static <T extends Throwable> T causeOfType(Throwable ex, Class<T> type) {
        Throwable current = ex;
        for (int depth = 0; current != null && depth < 20; depth++) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            current = current.getCause();
        }
        return null;
    }

    private static List<FieldProblem> sorted(List<FieldProblem> errors) {
        return errors.stream()
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
                .toList();
    }
}
