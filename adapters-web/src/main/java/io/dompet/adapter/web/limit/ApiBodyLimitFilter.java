package io.dompet.adapter.web.limit;

import io.dompet.adapter.web.callback.LimitedBody;
import io.dompet.adapter.web.problem.ProblemException;
import io.dompet.adapter.web.problem.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Caps the request body of every request under {@value #API} at {@value #MAX_BODY_BYTES} bytes: a larger body is
 * answered {@code 413 request-too-large} before any controller runs, so nothing is stored and no one is called. A body
 * whose {@code Content-Length} says it is too large is refused unread; a chunked body (no declared length) is read up
 * to one byte over the cap and then refused. A body within the cap is read once here and handed on unchanged. The
 * refusal is written by Spring MVC's exception handling, so it is the same problem document as every other.
 */
public final class ApiBodyLimitFilter extends OncePerRequestFilter {

    /** The largest request body under {@value #API}, in bytes (64 KiB). */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    static final String API = "/api/";

    private final HandlerExceptionResolver exceptionResolver;

    public ApiBodyLimitFilter(HandlerExceptionResolver exceptionResolver) {
        this.exceptionResolver = Objects.requireNonNull(exceptionResolver);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith(API) || !hasBody(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<byte[]> body = LimitedBody.read(request.getInputStream(), request.getContentLengthLong(), MAX_BODY_BYTES);
        if (body.isEmpty()) {
            if (exceptionResolver.resolveException(request, response, null,
                    new ProblemException(ProblemType.REQUEST_TOO_LARGE, "The request body is larger than the "
                            + MAX_BODY_BYTES + " bytes this API takes; nothing was done.")) == null) {
                throw new IllegalStateException("no exception handler formats the body cap as a problem");
            }
            return;
        }
        chain.doFilter(new ReadBody(request, body.get()), response);
    }

    /** A body is declared ({@code Content-Length} above zero) or chunked ({@code Transfer-Encoding}). */
    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    /** The request with its body already read. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body has been read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
