package io.dompet.autoconfigure.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks signature (https://www.standardwebhooks.com): {@code v1,} and the base64 HMAC-SHA256, under
 * the secret's key, of {@code {webhook-id}.{webhook-timestamp}.{body}}. The secret is {@code whsec_} and the base64
 * key, as the scheme's libraries take it. Written here (a dozen lines of the JDK) because no Java library of the scheme
 * is among the Maven Central artifacts this build may use; merchants verify with any of the scheme's libraries.
 */
public final class WebhookSignature {

    /** The prefix of a Standard Webhooks secret. */
    public static final String SECRET_PREFIX = "whsec_";
    /** The shortest key the scheme accepts (24 bytes); it suggests 24 to 64. */
    public static final int MIN_KEY_BYTES = 24;
    /** The longest key the scheme accepts. */
    public static final int MAX_KEY_BYTES = 64;

    private final byte[] key;

    private WebhookSignature(byte[] key) {
        this.key = key;
    }

    /**
     * The signer of {@code secret}.
     *
     * @throws IllegalArgumentException when it is not {@code whsec_} and the base64 of a 24 to 64 byte key (the message
     *                                  never quotes the secret)
     */
    public static WebhookSignature of(String secret) {
        Objects.requireNonNull(secret);
        if (!secret.startsWith(SECRET_PREFIX)) {
            throw new IllegalArgumentException("must start with " + SECRET_PREFIX);
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("must be " + SECRET_PREFIX + " followed by base64");
        }
        if (key.length < MIN_KEY_BYTES || key.length > MAX_KEY_BYTES) {
            throw new IllegalArgumentException("must hold a key of " + MIN_KEY_BYTES + " to " + MAX_KEY_BYTES
                    + " bytes (it holds " + key.length + ")");
        }
        return new WebhookSignature(key);
    }

    /** The {@code webhook-signature} header of {@code body} sent as {@code id} at {@code timestamp} (Unix seconds). */
    public String sign(String id, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "WebhookSignature[key hidden]";
    }
}
