package io.dompet.sandbox.money;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** A merchant playing dompet: a JDK {@link HttpServer} on a free port recording every notification it receives. */
final class RecordingMerchant implements AutoCloseable {

    static final String PATH = "/callbacks/finpay/top-up";

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int status = 200;

    RecordingMerchant() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    URI callbackUrl() {
        return URI.create("http://localhost:" + server.getAddress().getPort() + PATH);
    }

    /** Answers every notification with {@code status}. */
    RecordingMerchant answering(int status) {
        this.status = status;
        return this;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
            received.add(new Received(exchange.getRequestURI().getRawPath(), headers,
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            int answer = status;
            byte[] body = (answer == 200 ? "{\"responseCode\":\"2000000\",\"responseMessage\":\"Success\"}"
                    : "{\"responseCode\":\"4010000\",\"responseMessage\":\"Unauthorized\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    record Received(String path, Map<String, String> headers, String body) {
    }
}
