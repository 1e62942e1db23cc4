package io.dompet.adapter.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
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
 *   <li>A key no client has: the {@link ApiKeyAuthenticationProvider} throws a {@link BadCredentialsException}, and the
 *       request is refused at once through the entry point (401).
 *   <li>A client's key: the request goes on as {@link ApiClientAuthentication} of that client.
 * </ul>
 *
 * <p>The presented key is never logged, nor put into any exception. Not a Spring bean on purpose: as a bean, Spring
 * Boot would also register it as a servlet filter outside the security filter chain.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String HEADER = "X-API-Key";

    private static final Logger log = LoggerFactory.getLogger(ApiKeyAuthenticationFilter.class);

    private final AuthenticationManager authenticationManager;
    private final RequestMatcher apiRequests;
    private final AuthenticationEntryPoint entryPoint;
    private final SecurityContextHolderStrategy contextHolder = SecurityContextHolder.getContextHolderStrategy();

    ApiKeyAuthenticationFilter(
            AuthenticationManager authenticationManager, RequestMatcher apiRequests, AuthenticationEntryPoint entryPoint) {
        this.authenticationManager = Objects.requireNonNull(authenticationManager);
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
        Authentication client;
        try {
            client = authenticationManager.authenticate(new PresentedApiKey(presentedKey));
        } catch (AuthenticationException refused) {
            contextHolder.clearContext();
            log.debug("refused a request with an unknown API key");
            entryPoint.commence(request, response, refused);
            return;
        }
        SecurityContext context = contextHolder.createEmptyContext();
        context.setAuthentication(client);
        contextHolder.setContext(context);
        log.debug("authenticated API client {}", client.getName());
        chain.doFilter(request, response);
    }
}
