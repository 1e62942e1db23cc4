package io.dompet.adapter.finpay.snap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A scripted Finpay on a JDK HttpServer (port 0). It checks every request the way Finpay would, with its own code
 * (JDK Signature and Mac, not dompet's signers): the token signature against the merchant's public key, and the
 * HMAC-SHA512 over the bytes received. A request that fails a check is answered 401 {@code 40100xx} and recorded
 * as such, so a wrong signature fails the test that expects success.
 */
final class StubFinpay implements AutoCloseable {

    static final String TOKEN_PATH = "/v1.0/access-token/b2b";
    static final String INQUIRY_PATH = "/v1.0/emoney/account-inquiry";
    static final String TOP_UP_PATH = "/v1.0/emoney/topup";
    static final String STATUS_PATH = "/v1.0/emoney/topup-status";

    /** One scripted answer; {@code stallsMidBody}: status line, headers and half the body, then nothing. */
    record Reply(int status, String contentType, String body, long delayMillis, boolean stallsMidBody) {
        Reply(int status, String contentType, String body, long delayMillis) {
            this(status, contentType, body, delayMillis, false);
        }

        static Reply json(int status, String body) {
            return new Reply(status, "application/json", body, 0);
        }

        Reply delayed(long millis) {
            return new Reply(status, contentType, body, millis, stallsMidBody);
        }

        /** This answer's headers (announcing the whole body) and half its body; then the stub stalls until closed. */
        Reply stallingMidBody() {
            return new Reply(status, contentType, body, delayMillis, true);
        }
    }

    /** What the stub received, and whether it checked out. */
    record Received(String path, Map<String, String> headers, byte[] body, boolean signatureValid) {
        String header(String name) {
            return headers.get(name.toLowerCase());
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String bearer() {
            return header("Authorization").substring("Bearer ".length());
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final String clientId;
    private final String clientSecret;
    private final PublicKey merchantPublicKey;
    private final boolean hexSignatures;
    private final Map<String, Deque<Reply>> scripts = new HashMap<>();
    private final Map<String, Reply> defaults = new HashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private volatile String tokenExpiresIn = "900";
    private volatile long tokenDelayMillis;
    private final java.util.Set<String> issuedTokens = java.util.concurrent.ConcurrentHashMap.newKeySet();

    StubFinpay(String clientId, String clientSecret, PublicKey merchantPublicKey, boolean hexSignatures) throws IOException {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.merchantPublicKey = merchantPublicKey;
        this.hexSignatures = hexSignatures;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Answers the next requests to {@code path} with {@code replies}, in order; then with the default. */
    synchronized StubFinpay script(String path, Reply... replies) {
        scripts.computeIfAbsent(path, p -> new ArrayDeque<>()).addAll(List.of(replies));
        return this;
    }

    synchronized StubFinpay always(String path, Reply reply) {
        defaults.put(path, reply);
        return this;
    }

    StubFinpay tokensExpireIn(String seconds) {
        tokenExpiresIn = seconds;
        return this;
    }

    StubFinpay tokensTake(long millis) {
        tokenDelayMillis = millis;
        return this;
    }

    List<Received> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    int tokenRequests() {
        return received(TOKEN_PATH).size();
    }

    /** The token the n-th token request (from 1) was given. */
    static String token(int n) {
        return "stub-token+/" + n + "==";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String path = exchange.getRequestURI().getRawPath();
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
            if (path.equals(TOKEN_PATH)) {
                boolean valid = tokenSignatureValid(headers);
                received.add(new Received(path, headers, body, valid));
                sleep(tokenDelayMillis);
                if (!valid || !"POST".equals(exchange.getRequestMethod())
                        || !new String(body, StandardCharsets.UTF_8).equals("{\"grantType\":\"client_credentials\"}")) {
                    send(exchange, Reply.json(401, "{\"responseCode\":\"4017300\",\"responseMessage\":\"Unauthorized. Signature\"}"));
                    return;
                }
                String token = token(tokensIssued.incrementAndGet());
                issuedTokens.add(token);
                send(exchange, Reply.json(200, "{\"responseCode\":\"2007300\",\"responseMessage\":\"Successful\",\"accessToken\":\""
                        + token + "\",\"tokenType\":\"Bearer\""
                        + (tokenExpiresIn == null ? "" : ",\"expiresIn\":\"" + tokenExpiresIn + "\"") + "}"));
                return;
            }
            boolean valid = requestSignatureValid(path, headers, body);
            received.add(new Received(path, headers, body, valid));
            if (!valid) {
                send(exchange, Reply.json(401, "{\"responseCode\":\"4010000\",\"responseMessage\":\"Unauthorized. stub check failed\"}"));
                return;
            }
            Reply reply;
            synchronized (this) {
                Deque<Reply> script = scripts.get(path);
                reply = script != null && !script.isEmpty() ? script.poll() : defaults.get(path);
            }
            if (reply == null) {
                reply = Reply.json(404, "{\"responseCode\":\"4040000\",\"responseMessage\":\"no script\"}");
            }
            sleep(reply.delayMillis());
            send(exchange, reply);
        } catch (RuntimeException e) {
            // a broken connection after a client timeout: nothing to answer
        }
    }

    private boolean tokenSignatureValid(Map<String, String> headers) {
        try {
            String timestamp = headers.get("x-timestamp");
            if (!clientId.equals(headers.get("x-client-key")) || timestamp == null
                    || !timestamp.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+07:00")
                    || !"application/json".equals(headers.get("content-type"))) {
                return false;
            }
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(merchantPublicKey);
            rsa.update((clientId + "|" + timestamp).getBytes(StandardCharsets.UTF_8));
            return rsa.verify(Base64.getDecoder().decode(headers.get("x-signature")));
        } catch (Exception e) {
            return false;
        }
    }

    private boolean requestSignatureValid(String path, Map<String, String> headers, byte[] body) {
        try {
            String authorization = headers.get("authorization");
            String timestamp = headers.get("x-timestamp");
            String externalId = headers.get("x-external-id");
            if (authorization == null || !authorization.startsWith("Bearer ") || timestamp == null
                    || !timestamp.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+07:00")
                    || externalId == null || !externalId.matches("\\d{1,32}")
                    || !clientId.equals(headers.get("x-partner-id"))
                    || !"application/json".equals(headers.get("content-type"))
                    || headers.get("origin") == null || headers.get("channel-id") == null) {
                return false;
            }
            String token = authorization.substring("Bearer ".length());
            if (!issuedTokens.contains(token)) {
                return false;
            }
            String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
            String stringToSign = "POST:" + path + ":" + token + ":" + digest + ":" + timestamp;
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
            byte[] expected = mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8));
            String sent = headers.get("x-signature");
            return hexSignatures ? HexFormat.of().formatHex(expected).equals(sent)
                    : Base64.getEncoder().encodeToString(expected).equals(sent);
        } catch (Exception e) {
            return false;
        }
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        if (!reply.contentType().isEmpty()) {
            exchange.getResponseHeaders().add("Content-Type", reply.contentType());
        }
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        if (reply.stallsMidBody()) {
            OutputStream out = exchange.getResponseBody();
            out.write(bytes, 0, bytes.length / 2);
            out.flush();
            sleep(60_000); // until close() interrupts it
            return;
        }
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static void sleep(long millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
