package io.dompet.adapter.finpay.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import feign.RequestLine;
import feign.Response;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.dompet.adapter.finpay.CapturedLogs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * {@link FinpayHttp} against a raw socket server that can do what no well-behaved HTTP server does: send the status
 * line and headers of an answer and then stall, or trickle its body in a byte at a time.
 */
class FinpayHttpTest {

    static final Duration READ_TIMEOUT = Duration.ofMillis(600);
    static final String BODY = "{\"responseCode\":\"2003800\",\"responseMessage\":\"Successful\"}";
    static final String SECRET = "s3cr3t";
    /** An answer whose description quotes a secret and a full phone number. */
    static final String INDISCREET = "{\"code\":\"E1\",\"description\":\"key " + SECRET + " refused for 081977817902\"}";

    interface Probe {
        @RequestLine("GET /healthy")
        Response healthy();

        @RequestLine("GET /stall")
        Response stall();

        @RequestLine("GET /trickle")
        Response trickle();

        @RequestLine("GET /huge")
        Response huge();

        @RequestLine("GET /gzip-stall")
        Response gzipStall();

        @RequestLine("GET /indiscreet")
        Response indiscreet();
    }

    /** An endpoint that takes any JSON object for an answer, with its {@code code} and {@code description}. */
    static final FinpayEndpoint ANY_CODE = new FinpayEndpoint() {
        @Override
        public String label() {
            return "Finpay probe";
        }

        @Override
        public FinpayAnswer read(int httpStatus, JsonNode json) {
            return new FinpayAnswer.Answered(httpStatus, json.path("code").asString("ok"),
                    json.path("description").asString(""), json);
        }

        @Override
        public String operation() {
            return "probe";
        }

        @Override
        public boolean accepted(FinpayAnswer.Answered answered) {
            return answered.code().equals("ok");
        }
    };

    ServerSocket server;
    FinpayHttp http;
    @RegisterExtension
    final CapturedLogs logs = CapturedLogs.of(FinpayHttpTest.class);
    final ExecutorService connections = Executors.newCachedThreadPool();
    final ExecutorService callers = Executors.newCachedThreadPool();
    Probe probe;

    @BeforeEach
    void start() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        connections.submit(this::accept);
        http = new FinpayHttp(logs.logger(), Duration.ofSeconds(2), READ_TIMEOUT);
        probe = http.feign().target(Probe.class, "http://127.0.0.1:" + server.getLocalPort());
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
        connections.shutdownNow();
        callers.shutdownNow();
    }

    @Test
    void aBodyThatStallsAfterTheHeadersFailsWithinTheReadTimeoutWhileAnotherCallCompletes()
            throws Exception {
        long started = System.nanoTime();
        Future<Throwable> stalled = callers.submit(() -> catchThrowable(() -> probe.stall().close()));
        Thread.sleep(100);

        try (Response healthy = probe.healthy()) {
            assertThat(healthy.status()).isEqualTo(200);
            assertThat(stalled).isNotDone();
        }
        Throwable failure = stalled.get(READ_TIMEOUT.toMillis() * 5, TimeUnit.MILLISECONDS);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(failure).hasRootCauseInstanceOf(IOException.class);
        assertThat(JsonAnswers.failure(failure, READ_TIMEOUT.toMillis()))
                .isEqualTo("read timeout: the body did not arrive in full within 600 ms");
        assertThat(took).isGreaterThanOrEqualTo(READ_TIMEOUT).isLessThan(READ_TIMEOUT.multipliedBy(5));
    }

    @Test
    void theReadTimeoutBoundsTheWholeExchangeNotEachRead() throws Exception {
        long started = System.nanoTime();
        Future<Throwable> trickled = callers.submit(() -> catchThrowable(() -> probe.trickle().close()));

        Throwable failure = trickled.get(READ_TIMEOUT.toMillis() * 5, TimeUnit.MILLISECONDS);

        assertThat(JsonAnswers.failure(failure, READ_TIMEOUT.toMillis()))
                .isEqualTo("read timeout: the body did not arrive in full within 600 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(READ_TIMEOUT.multipliedBy(5));
    }

    @Test
    void aCompressedBodyThatStallsBeforeItsFirstByteFailsWithinTheReadTimeoutToo() throws Exception {
        long started = System.nanoTime();
        Future<Throwable> stalled = callers.submit(() -> catchThrowable(() -> probe.gzipStall().close()));

        Throwable failure = stalled.get(READ_TIMEOUT.toMillis() * 5, TimeUnit.MILLISECONDS);

        assertThat(JsonAnswers.failure(failure, READ_TIMEOUT.toMillis()))
                .isEqualTo("read timeout: the body did not arrive in full within 600 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(READ_TIMEOUT.multipliedBy(5));
    }

    @Test
    void aWholeAnswerIsHandedOnReadIntoMemory() throws Exception {
        try (Response response = probe.healthy()) {
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body().isRepeatable()).isTrue();
            assertThat(new String(response.body().asInputStream().readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(BODY);
        }
    }

    @Test
    void aBodyOverTheLimitIsCutJustPastItSoTheReaderCanTell() throws Exception {
        try (Response response = probe.huge()) {
            assertThat(response.body().asInputStream().readAllBytes()).hasSize(JsonAnswers.MAX_BODY_BYTES + 1);
            assertThat(JsonAnswers.read(response, ANY_CODE)).isEqualTo(
                    new FinpayAnswer.NoAnswer("HTTP 200 with a body over " + JsonAnswers.MAX_BODY_BYTES + " bytes"));
        }
    }

    @Test
    void anExchangeHandsOnTheEndpointsCodeWithTheDescriptionMadeSafeAndLogsOneLine() {
        FinpayAnswer answer = http.exchange(ANY_CODE, "ref R1", probe::indiscreet, SECRET);

        assertThat(answer).isInstanceOfSatisfying(FinpayAnswer.Answered.class, answered -> {
            assertThat(answered.httpStatus()).isEqualTo(200);
            assertThat(answered.code()).isEqualTo("E1");
            assertThat(answered.description()).isEqualTo("key (redacted) refused for 0819******02");
        });
        assertThat(logs.events()).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.INFO);
            assertThat(event.getFormattedMessage()).startsWith("Finpay probe ref R1: HTTP 200 E1 in ").endsWith(" ms");
        });
    }

    @Test
    void anExchangeWithoutAnAnswerSaysWhyAndLogsOneWarning() {
        FinpayAnswer answer = http.exchange(ANY_CODE, "", probe::stall);

        assertThat(answer).isEqualTo(
                new FinpayAnswer.NoAnswer("read timeout: the body did not arrive in full within 600 ms"));
        assertThat(logs.events()).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).startsWith("Finpay probe: no usable answer (read timeout: the body"
                    + " did not arrive in full within 600 ms) after ");
        });
    }

    @Test
    void eachExchangeIsTimedByOperationAndOutcomeInTheGlobalRegistry() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Metrics.addRegistry(registry);
        try {
            http.exchange(ANY_CODE, "", probe::healthy);
            http.exchange(ANY_CODE, "ref R1", probe::indiscreet, SECRET);
            http.exchange(ANY_CODE, "", probe::stall);

            assertThat(registry.find(FinpayHttp.CALLS).tag("operation", "probe").timers()).extracting(
                            timer -> timer.getId().getTag("operation") + " " + timer.getId().getTag("outcome") + " "
                                    + timer.count())
                    .containsExactlyInAnyOrder("probe accepted 1", "probe refused 1", "probe timeout 1");
        } finally {
            Metrics.removeRegistry(registry);
        }
    }

    @Test
    void aRecordingCollectsEveryExchangeOfItsCallInOrderWithTheSafeAnswerAndNothingOutsideIt() {
        http.exchange(ANY_CODE, "before", probe::healthy);

        FinpayHttp.Recorded<String> recorded = FinpayHttp.recording(() -> {
            http.exchange(ANY_CODE, "ref R1", probe::indiscreet, SECRET);
            http.exchange(ANY_CODE, "", probe::stall);
            return "done";
        });
        http.exchange(ANY_CODE, "after", probe::healthy);

        assertThat(recorded.result()).isEqualTo("done");
        assertThat(recorded.exchanges()).hasSize(2);
        assertThat(recorded.exchanges().get(0).endpoint()).isEqualTo("Finpay probe");
        assertThat(recorded.exchanges().get(0).answer()).isInstanceOfSatisfying(FinpayAnswer.Answered.class,
                answered -> assertThat(answered.description()).isEqualTo("key (redacted) refused for 0819******02"));
        assertThat(recorded.exchanges().get(1).answer()).isEqualTo(
                new FinpayAnswer.NoAnswer("read timeout: the body did not arrive in full within 600 ms"));
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.submit(() -> answer(socket));
            } catch (IOException | RuntimeException e) {
                return;
            }
        }
    }

    private void answer(Socket socket) {
        try (socket) {
            String path = requestPath(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
            switch (path) {
                case "/healthy" -> {
                    out.write(headers(body.length));
                    out.write(body);
                    out.flush();
                }
                case "/stall" -> {
                    out.write(headers(body.length));
                    out.write(body, 0, body.length / 2);
                    out.flush();
                    Thread.sleep(60_000);
                }
                case "/trickle" -> {
                    out.write(headers(body.length));
                    for (byte b : body) {
                        out.write(b);
                        out.flush();
                        Thread.sleep(READ_TIMEOUT.toMillis() / 4);
                    }
                }
                case "/gzip-stall" -> {
                    out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
                            + "Content-Length: 100\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    Thread.sleep(60_000);
                }
                case "/indiscreet" -> {
                    byte[] indiscreet = INDISCREET.getBytes(StandardCharsets.UTF_8);
                    out.write(headers(indiscreet.length));
                    out.write(indiscreet);
                    out.flush();
                }
                case "/huge" -> {
                    byte[] huge = new byte[JsonAnswers.MAX_BODY_BYTES * 2];
                    Arrays.fill(huge, (byte) ' ');
                    out.write(headers(huge.length));
                    out.write(huge);
                    out.flush();
                }
                default -> out.write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
        } catch (IOException | InterruptedException e) {
            // the client gave up or the test ended
        }
    }

    private static byte[] headers(int contentLength) {
        return ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + contentLength + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Reads the request head (a GET has no body) and returns its path. */
    private static String requestPath(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        String requestLine = head.toString(StandardCharsets.US_ASCII).split("\r\n", 2)[0];
        String[] parts = requestLine.split(" ");
        return parts.length > 1 ? parts[1] : "";
    }
}
