package io.dompet.adapter.finpay.transport;

import feign.Client;
import feign.Feign;
import feign.Request;
import feign.Response;
import feign.Retryer;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;

/**
 * The HTTP transport of one Finpay API (SNAP, Finpay Money or the bill widget): it builds the API's clients and runs
 * every exchange with Finpay, so each API keeps only its requests, its mapping and its signatures.
 *
 * <p>Clients are plain OpenFeign on the JDK {@link HttpClient} (HTTP/1.1, explicit connect timeout, no redirects
 * followed, no retries), with one deadline for the whole exchange: the read timeout bounds headers <em>and</em> body
 * (see {@link DeadlineClient}, which neither library offers). A body that stalls past it fails as a read timeout (no
 * answer: for a top-up, the outcome is unknown). dompet asks for no compression, and a compressed body is handed on
 * undecoded (so it is no JSON and no usable answer): decoding it would read from the network before the deadline is
 * armed.
 *
 * <p>{@link #exchange} is the one timed "call, read, classify, log" step: it sends, reads the answer as one JSON object
 * ({@link JsonAnswers}), lets the endpoint read its result code, makes Finpay's description safe, and logs one line.
 */
public final class FinpayHttp {

    /**
     * The timer of every exchange with Finpay, tagged {@code operation} ({@link FinpayEndpoint#operation()}) and
     * {@code outcome}: {@code accepted} (Finpay's success), {@code refused} (any other answer of Finpay's),
     * {@code timeout} (no answer in time: a connect or read timeout) or {@code failed} (no usable answer otherwise).
     * It is recorded in Micrometer's global registry, to which Spring Boot adds its own: each adapter builds its
     * transport itself, without the application context.
     */
    public static final String CALLS = "dompet.finpay.calls";

    /** The exchanges {@link #recording} collects on this thread; {@code null} when nothing records. */
    private static final ThreadLocal<@Nullable List<Exchange>> RECORDED = new ThreadLocal<>();

    private final Logger log;
    private final Client client;
    private final Request.Options options;
    private final long readTimeoutMillis;
    private final Duration longestExchange;

    /** @param log the API's logger: every exchange logs its one line there */
    public FinpayHttp(Logger log, Duration connectTimeout, Duration readTimeout) {
        this.log = Objects.requireNonNull(log);
        Objects.requireNonNull(connectTimeout);
        Objects.requireNonNull(readTimeout);
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        // the same connect timeout and redirect policy as the HttpClient, or Http2Client builds another client
        this.options = new Request.Options(connectTimeout, readTimeout, false);
        this.client = new DeadlineClient(new DeadlineClient.UndecodedHttp2Client(http));
        this.readTimeoutMillis = readTimeout.toMillis();
        this.longestExchange = connectTimeout.plus(readTimeout);
    }

    /** A Feign builder on this transport: its client, its timeouts, no retries. Add the encoder and interceptors. */
    public Feign.Builder feign() {
        return Feign.builder().client(client).options(options).retryer(Retryer.NEVER_RETRY);
    }

    /**
     * A token cache over {@code source} (which asks Finpay through this transport): a caller waits for another
     * caller's refresh at most as long as one exchange may take, the connect plus the read timeout.
     */
    public <T> SingleFlightToken<T> tokenCache(Clock clock, Supplier<SingleFlightToken.Fresh<T>> source,
                                               String requestName) {
        return new SingleFlightToken<>(clock, source, requestName, longestExchange);
    }

    /**
     * Sends one request with {@code call} and says what came back; never throws for what Finpay or the network did.
     * Logs one line: {@code <label> <subject>: HTTP <status> <codes> in <n> ms}, or a warning
     * {@code <label> <subject>: no usable answer (<reason>) after <n> ms}.
     *
     * @param subject names the call in the log line (masked phone, references): never a secret or personal data
     * @param secrets what must not appear in Finpay's description (credentials, token, signature, customer data)
     */
    public FinpayAnswer exchange(FinpayEndpoint endpoint, String subject, Supplier<Response> call,
                                 @Nullable String... secrets) {
        long started = System.nanoTime();
        FinpayAnswer answer;
        try (Response response = call.get()) {
            answer = JsonAnswers.read(response, endpoint);
        } catch (RuntimeException e) {
            answer = new FinpayAnswer.NoAnswer(JsonAnswers.failure(e, readTimeoutMillis));
        }
        long nanos = System.nanoTime() - started;
        long millis = Duration.ofNanos(nanos).toMillis();
        Timer.builder(CALLS).tag("operation", endpoint.operation()).tag("outcome", outcome(endpoint, answer))
                .register(Metrics.globalRegistry).record(nanos, TimeUnit.NANOSECONDS);
        String named = subject.isEmpty() ? endpoint.label() : endpoint.label() + " " + subject;
        if (answer instanceof FinpayAnswer.Answered answered) {
            answered = new FinpayAnswer.Answered(answered.httpStatus(), answered.code(),
                    JsonAnswers.safeDescription(answered.description(), "", secrets), answered.body());
            log.info("{}: HTTP {} {} in {} ms", named, answered.httpStatus(), endpoint.logged(answered), millis);
            record(endpoint, answered);
            return answered;
        }
        log.warn("{}: no usable answer ({}) after {} ms", named, ((FinpayAnswer.NoAnswer) answer).reason(), millis);
        record(endpoint, answer);
        return answer;
    }

    private static String outcome(FinpayEndpoint endpoint, FinpayAnswer answer) {
        if (answer instanceof FinpayAnswer.Answered answered) {
            return endpoint.accepted(answered) ? "accepted" : "refused";
        }
        String reason = ((FinpayAnswer.NoAnswer) answer).reason();
        return reason.startsWith("connect timeout") || reason.startsWith("read timeout") ? "timeout" : "failed";
    }

    private static void record(FinpayEndpoint endpoint, FinpayAnswer answer) {
        List<Exchange> recorded = RECORDED.get();
        if (recorded != null) {
            recorded.add(new Exchange(endpoint.label(), answer));
        }
    }

    /**
     * Runs {@code call} and returns what it returned with every exchange it ran on this thread, in order, each with
     * the answer as {@link #exchange} handed it on (description made safe). For dompet's connection doctor, which
     * calls the adapters' ports as the application does and reports Finpay's own codes: a port's outcome keeps only
     * what the flow needs (a refused token request, for example, becomes "no token"). A thread-local, because each
     * adapter builds its transport itself and the doctor needs no other hook into it; every exchange of a port call
     * runs on the caller's thread (a token refresh too: {@link SingleFlightToken} runs it on the thread that needs
     * it). Nothing is recorded outside such a call.
     */
    public static <T> Recorded<T> recording(Supplier<T> call) {
        List<Exchange> outer = RECORDED.get();
        List<Exchange> exchanges = new ArrayList<>();
        RECORDED.set(exchanges);
        try {
            T result = call.get();
            return new Recorded<>(result, List.copyOf(exchanges));
        } finally {
            RECORDED.set(outer);
        }
    }

    /** One exchange as {@link #recording} saw it: the endpoint's label (e.g. {@code Finpay SNAP access-token}) and its answer. */
    public record Exchange(String endpoint, FinpayAnswer answer) {
        public Exchange {
            Objects.requireNonNull(endpoint);
            Objects.requireNonNull(answer);
        }
    }

    /** What a recorded call returned and the exchanges it ran, in order. */
    public record Recorded<T>(T result, List<Exchange> exchanges) {
        public Recorded {
            exchanges = List.copyOf(exchanges);
        }
    }

    /**
     * Logs an exception of dompet's own code around an exchange (a bug) as one error naming its class and the frame
     * it was thrown at, and returns the reason an unknown outcome carries. Never the message or the stack trace: they
     * might quote a header, a body or a URL (a token).
     */
    public String unexpected(FinpayEndpoint endpoint, String subject, RuntimeException e) {
        StackTraceElement[] trace = e.getStackTrace();
        String where = trace.length > 0 ? " at " + trace[0] : "";
        String named = subject.isEmpty() ? endpoint.label() : endpoint.label() + " " + subject;
        log.error("{}: unexpected {}{}", named, JsonAnswers.describe(e), where);
        return "unexpected " + JsonAnswers.describe(e) + " in " + endpoint.label();
    }
}
