package io.dompet.adapter.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Objects;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Writes a security refusal as a problem by handing the exception to Spring MVC's exception resolvers, so that the
 * {@code ProblemExceptionHandler} formats it exactly like any other problem.
 */
final class ProblemResponses {

    private final HandlerExceptionResolver exceptionResolver;

    ProblemResponses(HandlerExceptionResolver exceptionResolver) {
        this.exceptionResolver = Objects.requireNonNull(exceptionResolver);
    }

    void write(HttpServletRequest request, HttpServletResponse response, Exception refusal) {
        ModelAndView handled = exceptionResolver.resolveException(request, response, null, refusal);
        if (handled == null) {
            throw new IllegalStateException("no exception handler formats " + refusal.getClass().getSimpleName()
                    + " as a problem: import WebAdapterConfiguration");
        }
    }
}
