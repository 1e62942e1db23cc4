package io.dompet.adapter.web.problem;

import io.dompet.domain.shared.DomainValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * The invalid fields named by an exception Spring MVC raised while it read a request: a body Jackson could not map,
 * bean validation, a path variable or parameter of the wrong type, a missing parameter or header. Each becomes a
 * {@link FieldProblem} naming the field with a message written here or by the domain, never the framework's message,
 * which may quote what the client sent.
 */
final class FieldProblems {

    static final String INVALID_VALUE = "has an invalid value";

    private FieldProblems() {
    }

    /** The invalid fields {@code ex} names, or empty when it is not about fields. */
    static Optional<List<FieldProblem>> of(Exception ex) {
        if (ex instanceof MethodArgumentNotValidException invalid) {
            return Optional.of(bindingErrors(invalid.getBindingResult()));
        }
        if (ex instanceof HandlerMethodValidationException invalid) {
            return Optional.of(parameterErrors(invalid.getParameterValidationResults()));
        }
        if (ex instanceof TypeMismatchException mismatch) {
            String field = mismatch instanceof MethodArgumentTypeMismatchException argument
                    ? argument.getName() : mismatch.getPropertyName();
            return one(field == null ? "parameter" : field, domainMessageOr(ex, INVALID_VALUE));
        }
        if (ex instanceof MissingServletRequestParameterException missing) {
            return one(missing.getParameterName(), "is required");
        }
        if (ex instanceof MissingRequestHeaderException missing) {
            return one(missing.getHeaderName(), "header is required");
        }
        if (ex instanceof HttpMessageNotReadableException unreadable) {
            return Optional.of(List.of(unreadableBody(unreadable)));
        }
        return Optional.empty();
    }

    private static Optional<List<FieldProblem>> one(String field, String message) {
        return Optional.of(List.of(new FieldProblem(field, message)));
    }

    private static List<FieldProblem> bindingErrors(Errors result) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : result.getFieldErrors()) {
            // binding failures (wrong type) get a generic message: the framework's would repeat the value
            errors.add(new FieldProblem(error.getField(), error.isBindingFailure() ? INVALID_VALUE : messageOr(error)));
        }
        for (ObjectError error : result.getGlobalErrors()) {
            errors.add(new FieldProblem(FieldProblem.BODY, messageOr(error)));
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
                    errors.add(new FieldProblem(name, messageOr(error)));
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

    private static String messageOr(MessageSourceResolvable error) {
        String message = error.getDefaultMessage();
        return message == null || message.isBlank() ? INVALID_VALUE : message;
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

    private static <T extends Throwable> @Nullable T causeOfType(Throwable ex, Class<T> type) {
        Throwable current = ex;
        for (int depth = 0; current != null && depth < 20; depth++) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            current = current.getCause();
        }
        return null;
    }
}
