package io.dompet.adapter.finpay.topupwidget;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A scripted Finpay Money on a JDK HttpServer (port 0), under the path {@value #BASE_PATH} like Finpay's staging
 * host. It checks every request the way Finpay would, with its own code (JDK Mac, its own hex key text, its own
 * sorting), not dompet's signer: {@code Authorization: Basic}, the set of body fields and the HMAC-SHA256 signature
 * over the values received. A wrong signature is answered {@code 005 Invalid Signature}, bad credentials
 * {@code 006 Invalid Credential}, an unknown or revoked token {@code 011 Invalid Token}, so a test that expects
 * success fails when dompet signs wrong.
 */
final class StubTopUpWidget implements AutoCloseable {

    static final String BASE_PATH = "/apicobrand";
    static final String TOKEN_PATH = BASE_PATH + "/security/getToken";
    static final String WIDGET_PATH = BASE_PATH + "/widget/topup";
    static final Set<String> TOKEN_FIELDS = Set.of("reqDtime", "requestType", "transNumber", "signature");
    static final Set<String> WIDGET_FIELDS =
            Set.of("phoneNumber", "reqDtime", "requestType", "tokenID", "transNumber", "signature");
    static final String WIDGET_URL = "https://demos.finnet.co.id/apicobrand/widget/api/topup.php?access=0606823ebb919f12";

    /** One scripted answer; {@code {tokenID}} in the body is replaced by the token the request carried. */
    record Reply(int status, String contentType, String body, long delayMillis, boolean stallsMidBody) {
        Reply(int status, String contentType, String body, long delayMillis) {
            this(status, contentType, body, delayMillis, false);
        }

        /** This answer's headers (announcing the whole body) and half its body; then the stub stalls until closed. */
        Reply stallingMidBody() {
            return new Reply(status, contentType, body, delayMillis, true);
        }

        static Reply json(String body) {
            return new Reply(200, "application/json", body, 0);
        }

        static Reply status(String code, String desc) {
            return json("{\"statusCode\":\"" + code + "\",\"statusDesc\":\"" + desc + "\",\"processingTime\":0.01}");
        }

        Reply delayed(long millis) {
            return new Reply(status, contentType, body, millis, stallsMidBody);
        }
    }

    /** What the stub received, and the verdict of its checks ({@code null} when all passed). */
    record Received(String path, Map<String, String> headers, String body, Map<String, String> fields,
                    String refusal) {
        String header(String name) {
            return headers.get(name.toLowerCase());
        }

        String field(String name) {
            return fields.get(name);
        }

        boolean accepted() {
            return refusal == null;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final String username;
    private final String password;
    private final String secretKey;
    private final boolean upperCaseKey;
    private final Deque<Reply> tokenScript = new ArrayDeque<>();
    private final Deque<Reply> widgetScript = new ArrayDeque<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private final Set<String> validTokens = ConcurrentHashMap.newKeySet();
    private final List<String> issuedTokens = new CopyOnWriteArrayList<>();
    private volatile String tokenExpiry = "24-AUG-24 16:23:30";
    private volatile long tokenDelayMillis;
    private volatile Runnable afterEachRequest = () -> { };

    StubTopUpWidget(String username, String password, String secretKey, boolean upperCaseKey) throws IOException {
        this.username = username;
        this.password = password;
        this.secretKey = secretKey;
        this.upperCaseKey = upperCaseKey;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + BASE_PATH);
    }

    /** Answers the next widget requests that pass the checks with {@code replies}, in order; then with success. */
    synchronized StubTopUpWidget scriptWidget(Reply... replies) {
        widgetScript.addAll(List.of(replies));
        return this;
    }

    /** Answers the next token requests that pass the checks with {@code replies} instead of a token. */
    synchronized StubTopUpWidget scriptToken(Reply... replies) {
        tokenScript.addAll(List.of(replies));
        return this;
    }

    StubTopUpWidget tokensExpireAt(String expiry) {
        tokenExpiry = expiry;
        return this;
    }

    StubTopUpWidget tokensTake(long millis) {
        tokenDelayMillis = millis;
        return this;
    }

    StubTopUpWidget afterEachRequest(Runnable action) {
        afterEachRequest = action;
        return this;
    }

    /** Finpay forgets every token it issued (as when they expire early). */
    void revokeTokens() {
        validTokens.clear();
    }

    List<Received> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    List<Received> all() {
        return List.copyOf(received);
    }

    int tokenRequests() {
        return received(TOKEN_PATH).size();
    }

    List<String> issuedTokens() {
        return List.copyOf(issuedTokens);
    }

    /** The stub's own hex key text: two hex digits per UTF-8 byte of the secret. */
    String keyText() {
        StringBuilder hex = new StringBuilder();
        for (byte b : secretKey.getBytes(StandardCharsets.UTF_8)) {
            hex.append(String.format(upperCaseKey ? "%02X" : "%02x", b & 0xFF));
        }
        return hex.toString();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String path = exchange.getRequestURI().getRawPath();
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
            Map<String, String> fields = fields(body);
            boolean token = path.equals(TOKEN_PATH);
            String refusal = check(exchange.getRequestMethod(), path, headers, fields);
            received.add(new Received(path, headers, body, fields, refusal));
            afterEachRequest.run();
            if (refusal != null) {
                send(exchange, Reply.json(refusal), "");
                return;
            }
            if (token) {
                sleep(tokenDelayMillis);
                Reply scripted;
                synchronized (this) {
                    scripted = tokenScript.poll();
                }
                if (scripted != null) {
                    sleep(scripted.delayMillis());
                    send(exchange, scripted, "");
                    return;
                }
                int n = tokensIssued.incrementAndGet();
                String issued = String.format("20240814%02d225DFBF01D5C3B572BE0A7BC90A0834EF4EBD5BA0EBFA74DFE99560A33BDAC%02d", n, n);
                validTokens.add(issued);
                issuedTokens.add(issued);
                send(exchange, Reply.json("{\"statusCode\":\"000\",\"statusDesc\":\"Success\",\"tokenID\":\"" + issued
                        + "\"" + (tokenExpiry == null ? "" : ",\"tokenExpiry\":\"" + tokenExpiry + "\"")
                        + ",\"processingTime\":0.04}"), "");
                return;
            }
            Reply reply;
            synchronized (this) {
                reply = widgetScript.poll();
            }
            if (reply == null) {
                reply = Reply.json("{\"statusCode\":\"000\",\"statusDesc\":\"Success\",\"widgetURL\":\"" + WIDGET_URL
                        + "\",\"processingTime\":0.15064716339111328}");
            }
            sleep(reply.delayMillis());
            send(exchange, reply, fields.getOrDefault("tokenID", ""));
        } catch (RuntimeException e) {
            // a broken connection after a client timeout: nothing to answer
        }
    }

    /** Finpay's checks; the refusal body, or {@code null} when the request passes. */
    private String check(String method, String path, Map<String, String> headers, Map<String, String> fields) {
        String expectedAuth = "Basic " + Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(StandardCharsets.UTF_8));
        if (!"POST".equals(method) || !expectedAuth.equals(headers.get("authorization"))) {
            return "{\"statusCode\":\"006\",\"statusDesc\":\"Invalid Credential\"}";
        }
        boolean token = path.equals(TOKEN_PATH);
        if ((!token && !path.equals(WIDGET_PATH)) || !"application/json".equals(headers.get("content-type"))
                || !fields.keySet().equals(token ? TOKEN_FIELDS : WIDGET_FIELDS)
                || !fields.get("reqDtime").matches("\\d{14}")
                || (token && !"getToken".equals(fields.get("requestType")))) {
            return "{\"statusCode\":\"030\",\"statusDesc\":\"Invalid Request\"}";
        }
        if (!signature(fields).equals(fields.get("signature"))) {
            return "{\"statusCode\":\"005\",\"statusDesc\":\"Invalid Signature\"}";
        }
        if (!token && !validTokens.contains(fields.get("tokenID"))) {
            return "{\"statusCode\":\"011\",\"statusDesc\":\"Invalid Token\"}";
        }
        return null;
    }

    private String signature(Map<String, String> fields) {
        try {
            TreeMap<String, String> sorted = new TreeMap<>(fields); // ASCII names: String order is byte order
            sorted.remove("signature");
            String message = String.join("", sorted.values());
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keyText().getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            StringBuilder hex = new StringBuilder();
            for (byte b : mac.doFinal(message.getBytes(StandardCharsets.UTF_8))) {
                hex.append(String.format("%02X", b & 0xFF));
            }
            return hex.toString();
        } catch (Exception e) {
            return "unsignable";
        }
    }

    private static Map<String, String> fields(String body) {
        Map<String, String> fields = new HashMap<>();
        try {
            JsonNode json = JSON.readTree(body);
            for (Map.Entry<String, JsonNode> field : new ArrayList<>(json.properties())) {
                fields.put(field.getKey(), field.getValue().isString() ? field.getValue().stringValue() : "(not a string)");
            }
        } catch (RuntimeException e) {
            fields.put("(not JSON)", body);
        }
        return fields;
    }

    private static void send(HttpExchange exchange, Reply reply, String tokenID) throws IOException {
        byte[] bytes = reply.body().replace("{tokenID}", tokenID).getBytes(StandardCharsets.UTF_8);
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
