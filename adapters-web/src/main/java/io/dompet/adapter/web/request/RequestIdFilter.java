package io.dompet.adapter.web.request;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request its id ({@link RequestIds}) before anything else runs, security included: answers it in the
 * {@value RequestIds#HEADER} header and puts it in the MDC for as long as the request is served, so every log line of
 * the request carries it, the Finpay calls made for it too (they run on the request's thread; the bulkhead is a
 * semaphore, not an executor). An error dispatch of the same request keeps the same id.
 */
public final class RequestIdFilter extends OncePerRequestFilter implements Ordered {

    private static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = request.getAttribute(ATTRIBUTE) instanceof String assigned
                ? assigned : RequestIds.acceptOrCreate(request.getHeader(RequestIds.HEADER));
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(RequestIds.HEADER, id);
        String outer = MDC.get(RequestIds.KEY);
        MDC.put(RequestIds.KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            if (outer == null) {
                MDC.remove(RequestIds.KEY);
            } else {
                MDC.put(RequestIds.KEY, outer);
            }
        }
    }
}
