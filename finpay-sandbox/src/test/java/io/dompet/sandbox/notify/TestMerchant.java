package io.dompet.sandbox.notify;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A merchant playing dompet in tests: a JDK {@link HttpServer} on a free port that records every notification it
 * receives and answers with scripted statuses (200 once the script runs out).
 */
final class TestMerchant implements AutoCloseable {

    static final String PATH = "/callbacks/finpay/top-up";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(128);
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Queue<Integer> statuses = new ConcurrentLinkedQueue<>();
    private volatile int defaultStatus = 200;
    private volatile CountDownLatch holdUntil;
    private volatile boolean heldAnswersArrivedTogether = true;

    TestMerchant() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::answer);
        server.start();
    }

    /** The URL of {@link #PATH}. */
    URI callbackUrl() {
        return URI.create("http://localhost:" + server.getAddress().getPort() + PATH);
    }

    /** The next answers' statuses, in order. */
    TestMerchant answering(Integer... next) {
        statuses.addAll(List.of(next));
        return this;
    }

    /** Every answer, once the script runs out. */
    TestMerchant alwaysAnswering(int status) {
        defaultStatus = status;
        return this;
    }

    /** Holds each answer until {@code count} requests are in flight at once (or 5 s passed, which a test notices). */
    TestMerchant holdingAnswersUntil(int count) {
        holdUntil = new CountDownLatch(count);
        return this;
    }

    /** Whether every held request saw all the others arrive before it was answered. */
    boolean heldAnswersArrivedTogether() {
        return heldAnswersArrivedTogether;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** Waits until {@code count} requests have arrived, then returns them all. */
    List<Received> awaitReceived(int count, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (received.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return received();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), headers,
                    body));
            CountDownLatch hold = holdUntil;
            if (hold != null) {
                hold.countDown();
                try {
                    if (!hold.await(5, TimeUnit.SECONDS)) {
                        heldAnswersArrivedTogether = false;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Integer scripted = statuses.poll();
            int status = scripted != null ? scripted : defaultStatus;
            byte[] answer = (status / 100 == 2
                    ? "{\"responseCode\":\"2000000\",\"responseMessage\":\"Success\"}"
                    : "{\"responseCode\":\"" + status + "0000\",\"responseMessage\":\"Failed\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        }
    }

    /** One request as the merchant received it: headers by case-insensitive name, the raw body bytes. */
    record Received(String method, String path, Map<String, String> headers, byte[] body) {

        String header(String name) {
            return headers.get(name);
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    static List<String> headerValues(List<Received> received, String name) {
        List<String> values = new ArrayList<>();
        received.forEach(request -> values.add(request.header(name)));
        return values;
    }
}
