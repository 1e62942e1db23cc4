package io.dompet.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A merchant's webhook endpoint, independent of dompet's code: it records every POST and checks its Standard
 * Webhooks signature with an HMAC written here from the scheme's text (not dompet's signer): the base64
 * HMAC-SHA256, under the secret's base64-decoded key, of {@code id.timestamp.body}, in a {@code v1,} entry of the
 * space-separated {@code webhook-signature} header, compared in constant time. It can be told to refuse the POSTs of
 * some bodies a number of times.
 */
final class WebhookReceiver implements AutoCloseable {

    /** A 32-byte key, as {@code whsec_} base64. */
    static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(
            "receiver-secret-key-of-32-bytes!".getBytes(StandardCharsets.US_ASCII));

    /** One POST as received. */
    record Received(String id, String timestamp, String signature, String body, boolean signatureValid, int answered) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<Predicate<String>, AtomicInteger> refusals = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final AtomicInteger overlaps = new AtomicInteger();
    private volatile Duration delay = Duration.ZERO;

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hooks", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
            boolean valid = verifies(id, timestamp, signature, body);
            if (id != null && inFlight.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (id != null) {
                inFlight.get(id).decrementAndGet();
            }
            int status = valid ? 204 : 401;
            for (Map.Entry<Predicate<String>, AtomicInteger> refusal : refusals.entrySet()) {
                if (refusal.getKey().test(body) && refusal.getValue().getAndDecrement() > 0) {
                    status = 500;
                }
            }
            received.add(new Received(id, timestamp, signature, body, valid, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    /** Answers each POST only after {@code delay}. */
    void answerAfter(Duration delay) {
        this.delay = delay;
    }

    /** How often a POST arrived while another with the same {@code webhook-id} was still being answered. */
    int overlaps() {
        return overlaps.get();
    }

    List<Received> all() {
        return List.copyOf(received);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    /** Answers 500 to the next {@code times} POSTs whose body contains each of {@code texts}. */
    void refuse(int times, String... texts) {
        refusals.put(body -> java.util.Arrays.stream(texts).allMatch(body::contains), new AtomicInteger(times));
    }

    List<Received> received(String text) {
        return received.stream().filter(r -> r.body().contains(text)).toList();
    }

    /** The POSTs whose body contains {@code text}, once at least {@code count} arrived (within 20 s). */
    List<Received> await(String text, int count) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (received(text).size() < count && Instant.now().isBefore(until)) {
            Thread.sleep(50);
        }
        List<Received> found = new ArrayList<>(received(text));
        assertThat(found).as("POSTs containing " + text).hasSizeGreaterThanOrEqualTo(count);
        return found;
    }

    /** The Standard Webhooks check, written from the scheme's description. */
    static boolean verifies(String id, String timestamp, String header, String body) {
        if (id == null || timestamp == null || header == null) {
            return false;
        }
        try {
            byte[] key = Base64.getDecoder().decode(SECRET.substring("whsec_".length()));
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] expected = hmac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            for (String entry : header.split(" ")) {
                if (entry.startsWith("v1,") && MessageDigest.isEqual(expected, Base64.getDecoder().decode(entry.substring(3)))) {
                    return Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) <= 300;
                }
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
