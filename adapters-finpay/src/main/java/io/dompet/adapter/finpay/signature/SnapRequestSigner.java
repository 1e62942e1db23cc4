package io.dompet.adapter.finpay.signature;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import javax.crypto.spec.SecretKeySpec;

/**
 * The symmetric signature of every transactional SNAP call (PROTOCOL.md §1.3):
 * <pre>
 * stringToSign = METHOD + ":" + relativePath + ":" + accessToken + ":"
 *                + lowercase(hex(SHA-256(minify(body)))) + ":" + X-TIMESTAMP
 * X-SIGNATURE  = encode(HMAC-SHA512(clientSecret, stringToSign))
 * </pre>
 * with the client secret and the string to sign taken as UTF-8, and {@code encode} Base64 or lowercase hex.
 *
 * <p>Holds the client secret; {@link #toString()} never shows it. Thread-safe: every signature uses its own
 * {@link javax.crypto.Mac}.
 */
public final class SnapRequestSigner {

    private static final String HMAC = "HmacSHA512";

    private final SecretKeySpec key;
    private final SignatureEncoding encoding;

    /**
     * @throws IllegalArgumentException if the secret is blank
     */
    public SnapRequestSigner(String clientSecret, SignatureEncoding encoding) {
        if (clientSecret == null || clientSecret.isBlank()) {
            throw new IllegalArgumentException("the SNAP client secret must not be blank");
        }
        this.key = new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), HMAC);
        this.encoding = Objects.requireNonNull(encoding, "encoding must not be null");
    }

    /**
     * The {@code X-SIGNATURE} of a request.
     *
     * @param method       the HTTP method, e.g. {@code POST}
     * @param relativePath the path (and query, if any) without scheme and host, e.g. {@code /v1.0/emoney/topup}
     * @param accessToken  the B2B access token sent as {@code Authorization: Bearer}
     * @param body         the exact body bytes sent (UTF-8 JSON)
     * @param timestamp    the {@code X-TIMESTAMP} sent, exactly as sent
     */
    public String sign(String method, String relativePath, String accessToken, byte[] body, String timestamp) {
        byte[] message = stringToSign(method, relativePath, accessToken, body, timestamp).getBytes(StandardCharsets.UTF_8);
        return encoding.encode(Digests.hmac(key, message));
    }

    /** The string to sign; it contains the access token, so it must never be logged. */
    public static String stringToSign(String method, String relativePath, String accessToken, byte[] body,
                                      String timestamp) {
        requireText(method, "method");
        requireText(relativePath, "relativePath");
        requireText(accessToken, "accessToken");
        requireText(timestamp, "timestamp");
        Objects.requireNonNull(body, "body must not be null");
        return method + ":" + relativePath + ":" + accessToken + ":" + Digests.bodyDigest(body) + ":" + timestamp;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
    }

    @Override
    public String toString() {
        return "SnapRequestSigner[" + HMAC + ", " + encoding + ", secret redacted]";
    }
}
