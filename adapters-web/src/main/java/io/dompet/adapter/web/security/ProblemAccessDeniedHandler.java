package io.dompet.adapter.web.security;

import io.dompet.adapter.web.problem.ProblemException;
import io.dompet.adapter.web.problem.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Answers authenticated requests that may not proceed with a 403 problem: {@code operator-required} under the API,
 * where only a missing role denies an authenticated client, {@code forbidden} elsewhere (deny by default).
 */
final class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final RequestMatcher api;
    private final ProblemResponses problems;

    ProblemAccessDeniedHandler(RequestMatcher api, HandlerExceptionResolver exceptionResolver) {
        this.api = Objects.requireNonNull(api);
        this.problems = new ProblemResponses(exceptionResolver);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException accessDeniedException) {
        problems.write(request, response, api.matches(request)
                ? new ProblemException(ProblemType.OPERATOR_REQUIRED, "Only an API client with the "
                        + ApiKeys.OPERATOR + " role may do this (dompet.api.clients.<name>.roles=" + ApiKeys.OPERATOR
                        + "); nothing was done.")
                : accessDeniedException);
    }
}
