package io.dompet.adapter.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Answers unauthenticated requests with a problem, written by the same MVC exception handling as every other
 * problem: under {@code /api/**}, 401 {@code unauthorized} with {@code WWW-Authenticate: ApiKey}; elsewhere, where
 * no API key would help, 403 {@code forbidden}.
 */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final RequestMatcher apiRequests;
    private final ProblemResponses problems;

    ProblemAuthenticationEntryPoint(RequestMatcher apiRequests, HandlerExceptionResolver exceptionResolver) {
        this.apiRequests = Objects.requireNonNull(apiRequests);
        this.problems = new ProblemResponses(exceptionResolver);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException authException) {
        if (apiRequests.matches(request)) {
            problems.write(request, response, authException);
        } else {
            problems.write(request, response, new AccessDeniedException("path not exposed"));
        }
    }
}
