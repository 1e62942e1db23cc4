package io.dompet.sandbox.snap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.dompet.sandbox.FinpaySandbox;
import io.dompet.sandbox.config.SandboxCredentials;
import io.dompet.sandbox.config.SandboxKeys;
import io.dompet.sandbox.config.SignatureEncoding;
import io.dompet.sandbox.http.Json;
import tools.jackson.databind.JsonNode;

/**
 * A small SNAP client for the tests, signing as a merchant would: the token request with the bundled merchant
 * private key (JDK {@link Signature}), transactional calls with HMAC-SHA512 (JDK {@link Mac}). It shares no
 * signing code with the sandbox, and its bodies are written by hand, compactly, so they need no minifying.
 */
final class SnapTestClient {

    static final String TOKEN_PATH = "/v1.0/access-token/b2b";
    static final String INQUIRY_PATH = "/v1.0/emoney/account-inquiry";
    static final String TOP_UP_PATH = "/v1.0/emoney/topup";
    static final String STATUS_PATH = "/v1.0/emoney/topup-status";
    static final String TRANSACTION_DATE = "2024-04-17T12:03:38+07:00";

    private static final DateTimeFormatter X_TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final AtomicLong EXTERNAL_IDS = new AtomicLong(Math.abs(new SecureRandom().nextLong() % 1_000_000_000L)
            * 1_000_000L);
    private static final AtomicLong REFERENCES = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI baseUrl;
    private final SandboxCredentials.Snap credentials;
    private final SignatureEncoding encoding;
    private final PrivateKey merchantKey = SandboxKeys.bundled().merchantPrivateKey();
    private String accessToken;

    SnapTestClient(FinpaySandbox sandbox) {
        this.baseUrl = sandbox.baseUrl();
        this.credentials = sandbox.settings().credentials().snap();
        this.encoding = sandbox.settings().snapVariant().signatureEncoding();
    }

    /** A fresh {@code partnerReferenceNo}. */
    static String newReference() {
        return "REF" + REFERENCES.incrementAndGet();
    }

    static String nowTimestamp() {
        return X_TIMESTAMP.format(ZonedDateTime.now(JAKARTA));
    }

    static String timestamp(ZonedDateTime time) {
        return X_TIMESTAMP.format(time.withZoneSameInstant(JAKARTA));
    }

    static String newExternalId() {
        return Long.toString(EXTERNAL_IDS.incrementAndGet());
    }

    // ---- access token ----

    /** Base64(SHA256withRSA(merchant private key, clientId + "|" + timestamp)). */
    String tokenSignature(String clientId, String timestamp) {
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(merchantKey);
            signer.update((clientId + "|" + timestamp).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A correctly signed token request, whose headers a test may change before sending. */
    Call tokenCall() {
        String timestamp = nowTimestamp();
        Call call = new Call(TOKEN_PATH, "{\"grantType\":\"client_credentials\"}");
        call.headers.put("X-TIMESTAMP", timestamp);
        call.headers.put("X-CLIENT-KEY", credentials.clientId());
        call.headers.put("X-SIGNATURE", tokenSignature(credentials.clientId(), timestamp));
        return call;
    }

    /** Fetches a token and uses it from now on. */
    String fetchToken() {
        Answer answer = tokenCall().send();
        if (answer.status() != 200) {
            throw new IllegalStateException("no token: " + answer);
        }
        accessToken = answer.text("accessToken");
        return accessToken;
    }

    // ---- transactional calls ----

    /** A transactional call with the current token, all headers, signed at {@link Call#send()} time. */
    Call call(String path, String body) {
        if (accessToken == null) {
            fetchToken();
        }
        Call call = new Call(path, body);
        call.headers.put("Authorization", "Bearer " + accessToken);
        call.headers.put("X-TIMESTAMP", nowTimestamp());
        call.headers.put("ORIGIN", "dompet.example");
        call.headers.put("X-PARTNER-ID", credentials.partnerId());
        call.headers.put("X-EXTERNAL-ID", newExternalId());
        call.headers.put("CHANNEL-ID", credentials.channelId());
        call.hmac = true;
        call.token = accessToken;
        return call;
    }

    static String inquiryBody(String reference, String customerNumber, String amount) {
        return "{\"partnerReferenceNo\":\"" + reference + "\",\"customerNumber\":\"" + customerNumber
                + "\",\"amount\":{\"value\":\"" + amount + "\",\"currency\":\"IDR\"},\"transactionDate\":\""
                + TRANSACTION_DATE + "\"}";
    }

    static String topUpBody(String reference, String customerNumber, String customerName, String amount, String fee) {
        return "{\"partnerReferenceNo\":\"" + reference + "\",\"customerNumber\":\"" + customerNumber
                + "\",\"customerName\":\"" + customerName + "\",\"amount\":{\"value\":\"" + amount
                + "\",\"currency\":\"IDR\"},\"feeAmount\":{\"value\":\"" + fee + "\",\"currency\":\"IDR\"},"
                + "\"transactionDate\":\"" + TRANSACTION_DATE + "\"}";
    }

    static String statusBody(String partnerReference, String reference) {
        return "{\"originalPartnerReferenceNo\":\"" + partnerReference + "\",\"originalReferenceNo\":\""
                + reference + "\",\"serviceCode\":\"38\"}";
    }

    Answer inquiry(String reference, String customerNumber, String amount) {
        return call(INQUIRY_PATH, inquiryBody(reference, customerNumber, amount)).send();
    }

    /**
     * The account inquiry's own {@code partnerReferenceNo} for the top-up {@code topUpReference}, as dompet sends it by
     * default ({@code dompet.finpay.snap.inquiry-reference=own}), so that it meets every {@code ReferenceUniqueness}.
     */
    static String inquiryReferenceOf(String topUpReference) {
        return topUpReference + "I";
    }

    /** Inquiry (with {@link #inquiryReferenceOf its own reference}), then a top-up with its masked name and fee, as dompet does. */
    Answer topUp(String reference, String customerNumber, String amount) {
        return topUpCall(reference, customerNumber, amount).send();
    }

    /** Inquiry (sent now, with its own reference), then the top-up call with its masked name and fee, ready to send. */
    Call topUpCall(String reference, String customerNumber, String amount) {
        Answer inquiry = inquiry(inquiryReferenceOf(reference), customerNumber, "10000.00");
        if (inquiry.status() != 200) {
            throw new IllegalStateException("inquiry failed: " + inquiry);
        }
        return call(TOP_UP_PATH, topUpBody(reference, customerNumber, inquiry.text("customerName"), amount,
                inquiry.json().get("feeAmount").get("value").stringValue()));
    }

    Answer status(String partnerReference, String reference) {
        return call(STATUS_PATH, statusBody(partnerReference, reference)).send();
    }

    /** A status inquiry that does not know Finpay's reference, leaving {@code originalReferenceNo} out (the default form). */
    Answer status(String partnerReference) {
        return call(STATUS_PATH, "{\"originalPartnerReferenceNo\":\"" + partnerReference + "\",\"serviceCode\":\"38\"}")
                .send();
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(baseUrl.resolve(path)).GET().build());
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String hmac(String stringToSign) {
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(credentials.clientSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
            byte[] signature = mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8));
            return encoding == SignatureEncoding.HEX ? HexFormat.of().formatHex(signature)
                    : Base64.getEncoder().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256Hex(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One request being prepared: headers (in order) a test may change or remove, the body signed and sent. */
    final class Call {

        final Map<String, String> headers = new LinkedHashMap<>();
        final String path;
        String body;
        /** When set, the body actually sent (the signature still covers {@link #body}). */
        String sentBody;
        boolean hmac;
        String token;
        Duration timeout = Duration.ofSeconds(30);

        private Call(String path, String body) {
            this.path = path;
            this.body = body;
        }

        Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        Call without(String name) {
            headers.remove(name);
            hmac = hmac && !"X-SIGNATURE".equals(name);
            return this;
        }

        /** How long to wait for the answer, like dompet's read timeout. */
        Call timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        Call sendingBody(String sentBody) {
            this.sentBody = sentBody;
            return this;
        }

        Answer send() {
            return SnapTestClient.this.send(request());
        }

        /** Sends, and returns as soon as the status line and headers arrived; the body is read from the stream. */
        HttpResponse<InputStream> sendStreaming() {
            try {
                return http.send(request(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private HttpRequest request() {
            if (hmac && !headers.containsKey("X-SIGNATURE")) {
                String stringToSign = "POST:" + path + ":" + token + ":" + sha256Hex(body) + ":"
                        + headers.get("X-TIMESTAMP");
                headers.put("X-SIGNATURE", hmac(stringToSign));
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(baseUrl.resolve(path))
                    .timeout(timeout)
                    .POST(HttpRequest.BodyPublishers.ofString(sentBody == null ? body : sentBody));
            if (!headers.containsKey("Content-Type")) {
                request.header("Content-Type", "application/json");
            }
            headers.forEach(request::header);
            return request.build();
        }
    }

    /** An answer: status, content type and body; {@link #json()} when it is JSON. */
    record Answer(int status, String contentType, String body) {

        JsonNode json() {
            return Json.readTree(body.getBytes(StandardCharsets.UTF_8));
        }

        String code() {
            return text("responseCode");
        }

        String message() {
            return text("responseMessage");
        }

        String text(String field) {
            JsonNode node = json().get(field);
            return node == null ? null : node.asString();
        }
    }
}
