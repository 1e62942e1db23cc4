package io.dompet.adapter.finpay.billwidget;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A scripted Finpay bill widget API on a JDK HttpServer (port 0). It checks every Generate Widget request the way
 * Finpay would, with its own code, not dompet's: the set of fields (with the merchant id under the configured name),
 * their types, and the {@code merchantSignature} recomputed from the received text — arrays and objects taken as the
 * raw JSON text they have in the body, the rest upper-cased with {@code %}, the key appended, SHA-256 in the
 * configured case. A request that fails a check is answered {@code 4017300 Invalid Signature} (or {@code 4007300
 * Invalid Field}), so a test that expects success fails when dompet signs wrong. Issued tokens are remembered for
 * Check Token.
 */
final class StubBillWidget implements AutoCloseable {

    static final String GENERATE_PATH = "/v1/widget/generate";
    static final String CHECK_PATH = "/v1/widget/check/";
    static final String REDIRECT = "http://localhost:3000/?token=";

    /** One scripted answer; {@code {token}} in the body is replaced by a freshly issued token. */
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

        static Reply refusal(String responseCode, String responseDesc) {
            return json("{\"data\":{\"responseCode\":\"" + responseCode + "\",\"responseDesc\":\"" + responseDesc
                    + "\"},\"pagination\":[],\"stat_code\":\"APP:FAILED\",\"stat_msg\":\"Failed\"}");
        }

        static Reply stat(String statCode, String statMsg) {
            return json("{\"data\":[],\"pagination\":[],\"stat_code\":\"" + statCode + "\",\"stat_msg\":\"" + statMsg
                    + "\"}");
        }

        Reply withStatus(int httpStatus) {
            return new Reply(httpStatus, contentType, body, delayMillis);
        }

        Reply delayed(long millis) {
            return new Reply(status, contentType, body, millis, stallsMidBody);
        }
    }

    /** What the stub received, and the verdict of its checks ({@code null} when all passed). */
    record Received(String method, String rawPath, Map<String, String> headers, String body, String refusal) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        JsonNode json() {
            return JSON.readTree(body);
        }

        boolean accepted() {
            return refusal == null;
        }
    }

    /** A widget the stub issued: what Check Token answers for its token. */
    record Issued(String trxId, List<String> productCodes, boolean includeBill) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> COMMON = Set.of("backUrl", "trxId", "uniqKey", "returnUrl", "timestamp",
            "productCodes", "terminal", "terminalName", "isNotif", "timeout", "merchantSignature");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final String merchantKey;
    private final String merchantIdField;
    private final boolean upperCase;
    private final Deque<Reply> generateScript = new ArrayDeque<>();
    private final Deque<Reply> checkScript = new ArrayDeque<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Issued> tokens = new ConcurrentHashMap<>();
    private final AtomicInteger issuedCount = new AtomicInteger();
    private volatile String acceptedSignature;

    /**
     * @param merchantIdField {@code merchantId} or {@code username}: the name the merchant id must come under
     * @param upperCase       whether the stub expects an upper-case hex signature
     */
    StubBillWidget(String merchantKey, String merchantIdField, boolean upperCase) throws IOException {
        this.merchantKey = merchantKey;
        this.merchantIdField = merchantIdField;
        this.upperCase = upperCase;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /**
     * From now on, accepts exactly this {@code merchantSignature} instead of recomputing one: Finpay played by a known
     * answer an independent tool made (e.g. PHP's, in {@code src/test/resources/vectors/bill-widget-styles.sh}).
     */
    StubBillWidget acceptingOnly(String signature) {
        acceptedSignature = signature;
        return this;
    }

    synchronized StubBillWidget scriptGenerate(Reply... replies) {
        generateScript.addAll(List.of(replies));
        return this;
    }

    synchronized StubBillWidget scriptCheck(Reply... replies) {
        checkScript.addAll(List.of(replies));
        return this;
    }

    /** Remembers {@code token} as issued, as if Finpay had generated a widget for it. */
    void issue(String token, Issued widget) {
        tokens.put(token, widget);
    }

    List<Received> generated() {
        return received.stream().filter(r -> r.rawPath().equals(GENERATE_PATH)).toList();
    }

    List<Received> checked() {
        return received.stream().filter(r -> r.rawPath().startsWith(CHECK_PATH)).toList();
    }

    List<Received> all() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String path = exchange.getRequestURI().getRawPath();
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) ->
                    headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
            if (path.startsWith(CHECK_PATH) && exchange.getRequestMethod().equals("GET")) {
                received.add(new Received("GET", path, headers, body, null));
                check(exchange, path.substring(CHECK_PATH.length()));
                return;
            }
            String refusal = checkGenerate(exchange.getRequestMethod(), path, headers, body);
            received.add(new Received(exchange.getRequestMethod(), path, headers, body, refusal));
            if (refusal != null) {
                send(exchange, Reply.json(refusal).withStatus(400), "");
                return;
            }
            Reply reply;
            synchronized (this) {
                reply = generateScript.poll();
            }
            if (reply == null) {
                reply = Reply.json("{\"data\":{\"responseCode\":\"2000000\",\"responseDesc\":\"Success\","
                        + "\"redirectURL\":\"" + REDIRECT + "{token}\"},\"pagination\":[],\"stat_code\":\"APP:SUCCESS\","
                        + "\"stat_msg\":\"Success\"}");
            }
            String token = "";
            if (reply.body().contains("{token}")) {
                token = String.format("60f7f579683f8ef6e22e4c0b755364c82a42218236c9dd5519d423590967df%02x",
                        issuedCount.incrementAndGet());
                JsonNode json = JSON.readTree(body);
                List<String> codes = json.get("productCodes").valueStream().map(JsonNode::stringValue).toList();
                tokens.put(token, new Issued(json.get("trxId").stringValue(), codes, json.has("billInfo")));
            }
            sleep(reply.delayMillis());
            send(exchange, reply, token);
        } catch (RuntimeException e) {
            // a broken connection after a client timeout: nothing to answer
        }
    }

    private void check(HttpExchange exchange, String rawToken) throws IOException {
        Reply reply;
        synchronized (this) {
            reply = checkScript.poll();
        }
        if (reply == null) {
            Issued widget = tokens.get(URLDecoder.decode(rawToken.replace("+", "%2B"), StandardCharsets.UTF_8));
            if (widget == null) {
                reply = Reply.stat("APP:TOKEN_INVALID", "Token is invalid or expired");
            } else {
                StringBuilder codes = new StringBuilder();
                for (String code : widget.productCodes()) {
                    codes.append(codes.isEmpty() ? "" : ",").append('"').append(code).append('"');
                }
                reply = Reply.json("{\"data\":{\"includeBill\":" + widget.includeBill() + ",\"productCodes\":["
                        + codes + "],\"reqId\":\"REQ-" + widget.trxId() + "\",\"trxId\":\"" + widget.trxId()
                        + "\"},\"pagination\":[],\"stat_code\":\"APP:SUCCESS\",\"stat_msg\":\"Success\"}");
            }
        }
        sleep(reply.delayMillis());
        send(exchange, reply, "");
    }

    /** Finpay's checks of Generate Widget; the refusal body, or {@code null} when the request passes. */
    private String checkGenerate(String method, String path, Map<String, String> headers, String body) {
        String invalidField = "{\"data\":{\"responseCode\":\"4007300\",\"responseDesc\":\"Invalid Field Format\"},"
                + "\"pagination\":[],\"stat_code\":\"APP:FAILED\",\"stat_msg\":\"Failed\"}";
        if (!"POST".equals(method) || !path.equals(GENERATE_PATH)
                || !"application/json".equals(headers.get("content-type"))) {
            return invalidField;
        }
        Map<String, String> raw;
        JsonNode json;
        try {
            raw = rawValues(body);
            json = JSON.readTree(body);
        } catch (RuntimeException e) {
            return invalidField;
        }
        Set<String> expected = new java.util.HashSet<>(COMMON);
        expected.add(merchantIdField);
        Set<String> names = new java.util.HashSet<>(raw.keySet());
        names.remove("billInfo");
        if (!names.equals(expected)
                || !json.get("isNotif").isBoolean()
                || !json.get("productCodes").isArray()
                || !json.get("timestamp").isString()
                || !json.get("timestamp").stringValue().matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}")
                || !json.get("timeout").isString() || !json.get("timeout").stringValue().matches("\\d{1,10}")
                || (json.has("billInfo") && !json.get("billInfo").isObject())
                || json.get("terminal").stringValue().length() > 8
                || json.get("terminalName").stringValue().length() > 20) {
            return invalidField;
        }
        String accepted = acceptedSignature != null ? acceptedSignature : signature(raw);
        if (!accepted.equals(json.get("merchantSignature").stringValue())) {
            return "{\"data\":{\"responseCode\":\"4017300\",\"responseDesc\":\"Invalid Signature\"},"
                    + "\"pagination\":[],\"stat_code\":\"APP:FAILED\",\"stat_msg\":\"Failed\"}";
        }
        return null;
    }

    /** §4.1 by the stub's own hand, over the raw texts received. */
    String signature(Map<String, String> raw) {
        try {
            StringBuilder message = new StringBuilder();
            for (Map.Entry<String, String> field : new TreeMap<>(raw).entrySet()) { // ASCII names: String order is byte order
                if (!field.getKey().equals("merchantSignature")) {
                    message.append(field.getValue().toUpperCase(Locale.ROOT)).append('%');
                }
            }
            message.append(merchantKey);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(message.toString().getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : digest) {
                hex.append(String.format(upperCase ? "%02X" : "%02x", b & 0xFF));
            }
            return hex.toString();
        } catch (Exception e) {
            return "unsignable";
        }
    }

    /**
     * Each top-level field's value as received: a string's decoded text, a boolean's {@code true}/{@code false}, and
     * an array's or an object's raw JSON text exactly as it stands in the body.
     */
    static Map<String, String> rawValues(String body) {
        Map<String, String> values = new HashMap<>();
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("not an object");
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken token = parser.nextToken();
                if (token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT) {
                    int start = (int) parser.currentTokenLocation().getCharOffset();
                    parser.skipChildren();
                    int end = (int) parser.currentTokenLocation().getCharOffset() + 1;
                    values.put(name, body.substring(start, end));
                } else if (token == JsonToken.VALUE_STRING) {
                    values.put(name, parser.getString());
                } else if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                    values.put(name, parser.getString());
                } else {
                    values.put(name, "(unexpected " + token + ")");
                }
            }
        }
        return values;
    }

    private static void send(HttpExchange exchange, Reply reply, String token) throws IOException {
        byte[] bytes = reply.body().replace("{token}", token).getBytes(StandardCharsets.UTF_8);
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
