import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The benchmarks' own client, run from source ({@code java bench/BenchClient.java COMMAND ...}, JDK 17+): it shares
 * no code with dompet or the sandbox, so what it measures is theirs, not its own. Commands:
 * <pre>
 * presign PEM CALLBACK_PATH PARTNER_ID MERCHANT_ID COUNT WALLETS OUT
 *     COUNT Notify Top Up requests (fresh referenceNo each, WALLETS customers in turn), signed as Finpay signs them
 *     (SHA256withRSA over "POST:" + path + ":" + hex(SHA-256(body)) + ":" + X-TIMESTAMP, Base64) with the sandbox's
 *     Finpay key, one per line: X-TIMESTAMP TAB X-SIGNATURE TAB X-EXTERNAL-ID TAB compact body (for wrk's Lua).
 * top-ups BASE_URL API_KEY WARM_UP REQUESTS
 *     sequential POST /api/v1/top-ups from one keep-alive HTTP/1.1 client, a fresh Idempotency-Key each.
 * sandbox-direct SANDBOX_URL MERCHANT_PEM WARM_UP REQUESTS
 *     the same work at the sandbox directly: SNAP account inquiry + top-up (one B2B token, signed as dompet must
 *     sign), timing the pair, from one keep-alive HTTP/1.1 client.
 * webhook-latency CALLBACK_URL SIGNED_TSV RECEIVER_PORT
 *     a webhook receiver on RECEIVER_PORT (answers 200, notes when each event of a referenceNo arrives), then each
 *     pre-signed notification of SIGNED_TSV POSTed to CALLBACK_URL one at a time, 0 … 1 s apart at random (so they fall
 *     anywhere in dompet's delivery interval); times, per notification, dompet's 200 to the receiver's POST of its
 *     notification.credited event.
 * </pre>
 * The three timing commands print {@code p50_ms=… p90_ms=… p99_ms=… max_ms=… requests=…} on one line.
 * Hand-written because the benchmarks need a client that signs like Finpay and dompet without using their code.
 */
public final class BenchClient {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private BenchClient() {
    }

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "presign" -> presign(Path.of(args[1]), args[2], args[3], args[4], Integer.parseInt(args[5]),
                    Integer.parseInt(args[6]), Path.of(args[7]));
            case "top-ups" -> report(topUps(URI.create(args[1]), args[2], Integer.parseInt(args[3]),
                    Integer.parseInt(args[4])));
            case "webhook-latency" -> report(webhookLatency(URI.create(args[1]), Path.of(args[2]),
                    Integer.parseInt(args[3])));
            case "sandbox-direct" -> report(sandboxDirect(URI.create(args[1]), Path.of(args[2]),
                    Integer.parseInt(args[3]), Integer.parseInt(args[4])));
            default -> {
                System.err.println("usage: java bench/BenchClient.java presign|top-ups|sandbox-direct|webhook-latency ... (see its Javadoc)");
                System.exit(2);
            }
        }
    }

    // ---- Notify Top Up, pre-signed ----

    static void presign(Path pem, String callbackPath, String partnerId, String merchantId, int count, int wallets,
                        Path out) throws Exception {
        PrivateKey key = privateKey(pem);
        String run = DateTimeFormatter.ofPattern("yyMMddHHmmss").format(Instant.now().atZone(JAKARTA));
        String timestamp = SECONDS.format(Instant.now().atZone(JAKARTA));
        String[] lines = new String[count];
        IntStream.range(0, count).parallel().forEach(i -> {
            String body = "{\"referenceNo\":\"FPB" + run + String.format("%09d", i) + "\","
                    + "\"phoneNo\":\"" + String.format("628139%07d", i % wallets) + "\","
                    + "\"transactionDate\":\"" + timestamp + "\","
                    + "\"merchantId\":\"" + merchantId + "\","
                    + "\"amount\":{\"value\":\"10000.00\",\"currency\":\"IDR\"},"
                    + "\"transactionDesc\":\"Top up via alfamart\",\"channel\":\"alfamart\"}";
            String stringToSign = "POST:" + callbackPath + ":" + sha256Hex(body) + ":" + timestamp;
            String signature = Base64.getEncoder().encodeToString(rsaSign(key, stringToSign));
            lines[i] = timestamp + "\t" + signature + "\t" + run + String.format("%09d", i) + "\t" + body;
        });
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out))) {
            for (String line : lines) {
                writer.println(line);
            }
        }
        System.err.println("pre-signed " + count + " notifications for " + wallets + " wallets (partner " + partnerId
                + ") into " + out);
    }

    // ---- direct top-up through dompet ----

    static long[] topUps(URI base, String apiKey, int warmUp, int requests) throws Exception {
        HttpClient client = keepAliveClient();
        long[] nanos = new long[requests];
        for (int i = -warmUp; i < requests; i++) {
            String customer = customer(i + warmUp);
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/top-ups"))
                    .header("X-API-Key", apiKey)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", "bench-" + ProcessHandle.current().pid() + "-" + System.nanoTime())
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"customerNumber\":\"" + customer + "\",\"amount\":\"10000\"}"))
                    .build();
            long started = System.nanoTime();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - started;
            if (response.statusCode() != 201 || !response.body().contains("\"SUCCEEDED\"")) {
                throw new IllegalStateException("top-up " + i + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            if (i >= 0) {
                nanos[i] = took;
            }
        }
        return nanos;
    }

    // ---- the same work at the sandbox, directly ----

    private static final String CLIENT_ID = "dompet-sandbox-client";
    private static final String CLIENT_SECRET = "sandbox-only-snap-client-secret-not-for-real-use";
    private static final String CHANNEL_ID = "95221";
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern CUSTOMER_NAME = Pattern.compile("\"customerName\"\\s*:\\s*(\"[^\"]*\")");
    private static final Pattern FEE = Pattern.compile("\"feeAmount\"\\s*:\\s*(\\{[^}]*})");

    static long[] sandboxDirect(URI sandbox, Path merchantPem, int warmUp, int requests) throws Exception {
        HttpClient client = keepAliveClient();
        PrivateKey key = privateKey(merchantPem);
        String tokenTimestamp = now();
        HttpResponse<String> tokenAnswer = client.send(HttpRequest.newBuilder(sandbox.resolve("/v1.0/access-token/b2b"))
                .header("Content-Type", "application/json")
                .header("X-TIMESTAMP", tokenTimestamp)
                .header("X-CLIENT-KEY", CLIENT_ID)
                .header("X-SIGNATURE", Base64.getEncoder().encodeToString(rsaSign(key, CLIENT_ID + "|" + tokenTimestamp)))
                .POST(HttpRequest.BodyPublishers.ofString("{\"grantType\":\"client_credentials\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        String token = group(ACCESS_TOKEN, tokenAnswer.body(), "accessToken");
        long[] nanos = new long[requests];
        for (int i = -warmUp; i < requests; i++) {
            // the inquiry has its own reference, the top-up's + "I", as dompet sends it (the sandbox refuses a top-up
            // whose reference an inquiry sent: SnapVariant.referenceUniqueness ACROSS_SERVICES, its default)
            String reference = "BENCH" + ProcessHandle.current().pid() + "x" + System.nanoTime();
            String customer = customer(i + warmUp);
            String amount = "{\"value\":\"10000.00\",\"currency\":\"IDR\"}";
            long started = System.nanoTime();
            String inquiry = snap(client, sandbox, token, "/v1.0/emoney/account-inquiry",
                    "{\"partnerReferenceNo\":\"" + reference + "I\",\"customerNumber\":\"" + customer + "\",\"amount\":"
                            + amount + ",\"transactionDate\":\"" + now() + "\"}", "2003700");
            snap(client, sandbox, token, "/v1.0/emoney/topup",
                    "{\"partnerReferenceNo\":\"" + reference + "\",\"customerNumber\":\"" + customer
                            + "\",\"customerName\":" + group(CUSTOMER_NAME, inquiry, "customerName") + ",\"amount\":"
                            + amount + ",\"feeAmount\":" + group(FEE, inquiry, "feeAmount") + ",\"transactionDate\":\""
                            + now() + "\"}", "2003800");
            long took = System.nanoTime() - started;
            if (i >= 0) {
                nanos[i] = took;
            }
        }
        return nanos;
    }

    private static String snap(HttpClient client, URI sandbox, String token, String path, String body,
                               String expectedCode) throws IOException, InterruptedException {
        String timestamp = now();
        String stringToSign = "POST:" + path + ":" + token + ":" + sha256Hex(body) + ":" + timestamp;
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(sandbox.resolve(path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("X-TIMESTAMP", timestamp)
                .header("X-SIGNATURE", Base64.getEncoder().encodeToString(hmacSha512(stringToSign)))
                .header("ORIGIN", "bench.dompet.local")
                .header("X-PARTNER-ID", CLIENT_ID)
                .header("X-EXTERNAL-ID", Long.toString(System.currentTimeMillis() * 1000 + SEQUENCE.incrementAndGet() % 1000))
                .header("CHANNEL-ID", CHANNEL_ID)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (!answer.body().contains("\"" + expectedCode + "\"")) {
            throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    // ---- helpers ----

    /** Ordinary sandbox customers 0812345001xx … (no test-customer suffix), as the old curl benchmark used. */
    private static String customer(int i) {
        return String.format("0812345%05d", (i % 900) + 100);
    }

    private static HttpClient keepAliveClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    private static final Pattern REFERENCE_NO = Pattern.compile("\"referenceNo\"\\s*:\\s*\"([^\"]+)\"");

    static long[] webhookLatency(URI callback, Path signed, int receiverPort) throws Exception {
        java.util.Map<String, Long> arrived = new java.util.concurrent.ConcurrentHashMap<>();
        com.sun.net.httpserver.HttpServer receiver = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("localhost", receiverPort), 16);
        receiver.createContext("/", exchange -> {
            long at = System.nanoTime();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (body.contains("\"type\":\"notification.credited\"")) {
                Matcher ref = REFERENCE_NO.matcher(body);
                if (ref.find()) {
                    arrived.putIfAbsent(ref.group(1), at);
                }
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        try {
            HttpClient client = keepAliveClient();
            List<String> lines = Files.readAllLines(signed);
            java.util.Map<String, Long> answered = new java.util.LinkedHashMap<>();
            java.util.Random random = new java.util.Random(42);
            for (String line : lines) {
                String[] fields = line.split("\t", 4);
                HttpResponse<String> answer = client.send(HttpRequest.newBuilder(callback)
                        .header("Content-Type", "application/json").header("X-TIMESTAMP", fields[0])
                        .header("X-SIGNATURE", fields[1]).header("ORIGIN", "sandbox.finpay.local")
                        .header("X-EXTERNAL-ID", fields[2]).header("X-PARTNER-ID", "finpay-sandbox")
                        .POST(HttpRequest.BodyPublishers.ofString(fields[3])).build(), HttpResponse.BodyHandlers.ofString());
                long at = System.nanoTime();
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException("the callback answered " + answer.statusCode() + ": " + answer.body());
                }
                answered.put(group(REFERENCE_NO, fields[3], "referenceNo"), at);
                Thread.sleep(random.nextInt(1000));
            }
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (!arrived.keySet().containsAll(answered.keySet()) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            if (!arrived.keySet().containsAll(answered.keySet())) {
                throw new IllegalStateException("not every event arrived within 30 s");
            }
            return answered.entrySet().stream().mapToLong(e -> arrived.get(e.getKey()) - e.getValue()).toArray();
        } finally {
            receiver.stop(0);
        }
    }

    private static void report(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f requests=%d%n", percentile(sorted, 0.50),
                percentile(sorted, 0.90), percentile(sorted, 0.99), sorted[sorted.length - 1] / 1e6, sorted.length);
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(rank, 1) - 1] / 1e6;
    }

    private static String now() {
        return SECONDS.format(Instant.now().atZone(JAKARTA));
    }

    private static String group(Pattern pattern, String text, String what) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + what + " in " + text);
        }
        return matcher.group(1);
    }

    private static PrivateKey privateKey(Path pem) throws Exception {
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static byte[] rsaSign(PrivateKey key, String text) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return signature.sign();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmacSha512(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(CLIENT_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
