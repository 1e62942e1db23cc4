package io.dompet.adapter.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates requests to the API by their {@value #HEADER} header.
 *
 * <ul>
 *   <li>No header: the request goes on unauthenticated, and authorization refuses it through the entry point (401).
 *   <li>A key no client has: refused at once through the entry point (401) with a {@link BadCredentialsException}.
 *   <li>A client's key: the request goes on as {@link ApiClientAuthentication} of that client.
 * </ul>
 *
 * <p>The presented key is never logged, nor put into any exception. Not a Spring bean on purpose: as a bean, Spring
 * Boot would also register it as a servlet filter outside the security filter chain.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String HEADER = "X-API-Key";

    private static final Logger log = LoggerFactory.getLogger(ApiKeyAuthenticationFilter.class);

    private final ApiKeys apiKeys;
    private final RequestMatcher apiRequests;
    private final AuthenticationEntryPoint entryPoint;
    private final SecurityContextHolderStrategy contextHolder = SecurityContextHolder.getContextHolderStrategy();

    ApiKeyAuthenticationFilter(ApiKeys apiKeys, RequestMatcher apiRequests, AuthenticationEntryPoint entryPoint) {
        this.apiKeys = Objects.requireNonNull(apiKeys);
        this.apiRequests = Objects.requireNonNull(apiRequests);
        this.entryPoint = Objects.requireNonNull(entryPoint);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !apiRequests.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presentedKey = request.getHeader(HEADER);
        if (presentedKey == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> client = apiKeys.clientFor(presentedKey);
        if (client.isEmpty()) {
            contextHolder.clearContext();
            log.debug("refused a request with an unknown API key");
            entryPoint.commence(request, response, new BadCredentialsException("unknown API key"));
            return;
        }
        SecurityContext context = contextHolder.createEmptyContext();
        context.setAuthentication(new ApiClientAuthentication(client.get()));
        contextHolder.setContext(context);
        log.debug("authenticated API client {}", client.get());
        chain.doFilter(request, response);
    }
}
