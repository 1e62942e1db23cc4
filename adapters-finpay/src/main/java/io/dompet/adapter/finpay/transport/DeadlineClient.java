package io.dompet.adapter.finpay.transport;

import feign.Client;
import feign.Request;
import feign.Response;
import feign.http2client.Http2Client;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLSession;

/**
 * Bounds the whole exchange of its delegate by the read timeout and hands on a body already read.
 *
 * <p>The JDK client's request timeout (what feign-java11 sets from the read timeout) stops at the response headers:
 * a Finpay that sends its headers and then stalls mid-body would hang the calling thread forever, and OpenFeign itself
 * reads small bodies with no bound. Neither library offers a body deadline, so this class adds it: the body is read
 * into memory (at most {@link JsonAnswers#MAX_BODY_BYTES} + 1 bytes) before the answer is handed on, and a shared
 * timer closes the body stream when the deadline passes, which ends the blocked read with an I/O error. Such an
 * exchange fails with a {@link BodyTimeoutException}; callers treat it as any read timeout.
 */
final class DeadlineClient implements Client {

    /** One daemon thread for every Finpay client: it only closes streams whose deadline has passed. */
    private static final ScheduledThreadPoolExecutor DEADLINES = deadlines();

    private final Client delegate;

    DeadlineClient(Client delegate) {
        this.delegate = Objects.requireNonNull(delegate);
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        long timeoutNanos = options.readTimeoutUnit().toNanos(options.readTimeout());
        long deadline = System.nanoTime() + timeoutNanos;
        Response response = delegate.execute(request, options);
        if (response.body() == null) {
            return response;
        }
        try (response) {
            byte[] body = readBefore(response, deadline, TimeUnit.NANOSECONDS.toMillis(timeoutNanos));
            return response.toBuilder().body(body).build();
        }
    }

    private static byte[] readBefore(Response response, long deadline, long timeoutMillis) throws IOException {
        InputStream in = response.body().asInputStream();
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> timer = DEADLINES.schedule(() -> {
            expired.set(true);
            closeQuietly(in);
        }, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        try {
            byte[] body = in.readNBytes(JsonAnswers.MAX_BODY_BYTES + 1);
            timer.cancel(false);
            return body;
        } catch (IOException e) {
            timer.cancel(false);
            if (expired.get()) {
                BodyTimeoutException timeout = new BodyTimeoutException(timeoutMillis);
                timeout.initCause(e);
                throw timeout;
            }
            throw e;
        } finally {
            closeQuietly(in);
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException | RuntimeException e) {
            // closing is all that is asked; a failure here changes nothing
        }
    }

    private static ScheduledThreadPoolExecutor deadlines() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "finpay-http-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    /**
     * feign-java11's client without its gzip/deflate decoding, whose {@code GZIPInputStream} reads the first body
     * bytes from the network, unbounded, before {@link DeadlineClient} can arm the deadline.
     */
    static final class UndecodedHttp2Client extends Http2Client {

        UndecodedHttp2Client(HttpClient client) {
            super(client);
        }

        @Override
        protected Response toFeignResponse(Request request, HttpResponse<InputStream> response) {
            return super.toFeignResponse(request, new WithoutContentEncoding(response));
        }
    }

    /** A JDK response as it came, but without {@code Content-Encoding} headers. */
    private record WithoutContentEncoding(HttpResponse<InputStream> response) implements HttpResponse<InputStream> {

        @Override
        public int statusCode() {
            return response.statusCode();
        }

        @Override
        public HttpRequest request() {
            return response.request();
        }

        @Override
        public Optional<HttpResponse<InputStream>> previousResponse() {
            return response.previousResponse();
        }

        @Override
        public HttpHeaders headers() {
            return HttpHeaders.of(response.headers().map(), (name, value) -> !name.equalsIgnoreCase("Content-Encoding"));
        }

        @Override
        public InputStream body() {
            return response.body();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return response.sslSession();
        }

        @Override
        public URI uri() {
            return response.uri();
        }

        @Override
        public HttpClient.Version version() {
            return response.version();
        }
    }

    /** The body did not arrive in full before the exchange's deadline (the read timeout) passed. */
    static final class BodyTimeoutException extends HttpTimeoutException {

        private static final long serialVersionUID = 1L;

        BodyTimeoutException(long readTimeoutMillis) {
            super("the body did not arrive in full within " + readTimeoutMillis + " ms");
        }
    }
}
