package io.dompet.adapter.web.security;

import jakarta.servlet.DispatcherType;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * dompet's security filter chain, stateless, covering dompet's paths only ({@link #DOMPET_PATHS}), so that an
 * application embedding dompet keeps its own paths to its own security; the stand-alone application adds a chain that
 * denies every other path ({@link #denyEverythingElse}), exactly as this chain would.
 *
 * <ul>
 *   <li>{@code /api/**}: an API key in {@code X-API-Key} is required (401 {@code unauthorized} problem otherwise);
 *       reviewing top-ups and notification conflicts needs a client with the {@value ApiKeys#OPERATOR} role (403
 *       {@code operator-required} problem otherwise).
 *   <li>{@value #PROMETHEUS}, the metrics: an API key of a client with the {@value ApiKeys#OPERATOR} role, answered
 *       like the API (401, 403 {@code operator-required}). On the main port, so that no second port has to be
 *       opened, secured and told apart by each deployment, and the operator's key is the one credential to rotate.
 *   <li>Open to all: {@value #HEALTH}, {@code /actuator/health/**}, the OpenAPI description
 *       ({@code /v3/api-docs/**}, {@code /v3/api-docs.yaml}), the Swagger UI ({@code /swagger-ui.html},
 *       {@code /swagger-ui/**}), and {@code /callbacks/**}, where Finpay's notifications arrive, authenticated by
 *       their signature instead, and error dispatches.
 *   <li>Anything else under these paths is denied: 403 {@code forbidden} problem.
 * </ul>
 *
 * <p>No sessions, no CSRF protection (no cookies, no browser sessions to ride), no login form, no HTTP basic,
 * no logout, no saved requests.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class ApiSecurityConfiguration {

    /** Before any chain of the application's own that matches every request (unordered chains come last). */
    public static final int ORDER = Ordered.LOWEST_PRECEDENCE - 100;

    static final String HEALTH = "/actuator/health";

    private static final RequestMatcher API = PathPatternRequestMatcher.pathPattern("/api/**");
    /** Prometheus' scrape endpoint: the metrics, for operators only. */
    static final String PROMETHEUS = "/actuator/prometheus";
    /** Where an API key is read: the API, and the metrics. */
    private static final RequestMatcher KEYED = new OrRequestMatcher(API, PathPatternRequestMatcher.pathPattern(PROMETHEUS));
    /**
     * What only clients with the {@value ApiKeys#OPERATOR} role may do: review top-ups, see and acknowledge conflicts,
     * read the metrics.
     */
    private static final RequestMatcher OPERATOR_ONLY = new OrRequestMatcher(
            PathPatternRequestMatcher.pathPattern(PROMETHEUS),
            PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/top-ups/{id}/review"),
            PathPatternRequestMatcher.pathPattern("/api/v1/top-ups/{id}/reviews"),
            PathPatternRequestMatcher.pathPattern("/api/v1/notification-conflicts"),
            PathPatternRequestMatcher.pathPattern("/api/v1/notification-conflicts/**"));
    /**
     * The paths dompet's chain covers: the API, Finpay's callbacks, the health and metrics endpoints, the OpenAPI
     * description and its UI.
     */
    public static final RequestMatcher DOMPET_PATHS = new OrRequestMatcher(Stream.of("/api/**", "/callbacks/**",
                    HEALTH, HEALTH + "/**", PROMETHEUS, "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
                    "/swagger-ui.html", "/swagger-ui/**")
            .map(pattern -> (RequestMatcher) PathPatternRequestMatcher.pathPattern(pattern)).toList());

    /**
     * Authenticates API keys, and only API keys. Being an {@link AuthenticationManager} bean, it also keeps Spring
     * Boot from creating its default user with a generated password.
     */
    @Bean
    AuthenticationManager apiKeyAuthenticationManager(ApiKeys apiKeys) {
        return new ProviderManager(new ApiKeyAuthenticationProvider(apiKeys));
    }

    /**
     * Spring Security observes nothing of its own: neither its filter chain (it would wrap each of its filters, on
     * every request), nor authentications, nor authorizations. Issue 13's profile of Notify Top Up found 9 % of a
     * notification's CPU and the top allocation sites in these observations. Requests stay observed as a whole
     * ({@code http.server.requests}).
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(ORDER)
    SecurityFilterChain apiSecurityFilterChain(
            HttpSecurity http,
            AuthenticationManager apiKeyAuthenticationManager,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver exceptionResolver) throws Exception {
        ProblemAuthenticationEntryPoint entryPoint = stateless(http, exceptionResolver);
        http
                .securityMatcher(DOMPET_PATHS)
                .addFilterBefore(new ApiKeyAuthenticationFilter(apiKeyAuthenticationManager, KEYED, entryPoint), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(HEALTH, HEALTH + "/**").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml").permitAll()
                        .requestMatchers("/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/callbacks/**").permitAll()
                        .requestMatchers(OPERATOR_ONLY).hasAuthority(ApiClientAuthentication.OPERATOR_AUTHORITY)
                        .requestMatchers(API).authenticated()
                        .anyRequest().denyAll());
        return http.build();
    }

    /**
     * A chain for every path no other chain covers, denying it with the same 403 {@code forbidden} problem as dompet's
     * chain (error dispatches pass): the stand-alone application's deny-by-default, so that an actuator endpoint or a
     * static resource exposed by accident stays closed. Give it the lowest precedence.
     */
    public static SecurityFilterChain denyEverythingElse(HttpSecurity http, HandlerExceptionResolver exceptionResolver)
            throws Exception {
        stateless(http, exceptionResolver);
        http.authorizeHttpRequests(requests -> requests
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .anyRequest().denyAll());
        return http.build();
    }

    /** No sessions, CSRF protection, login form, HTTP basic, logout or saved requests; problems for refusals. */
    private static ProblemAuthenticationEntryPoint stateless(HttpSecurity http, HandlerExceptionResolver exceptionResolver)
            throws Exception {
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(KEYED, exceptionResolver);
        http
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(new ProblemAccessDeniedHandler(KEYED, exceptionResolver)));
        return entryPoint;
    }
}
