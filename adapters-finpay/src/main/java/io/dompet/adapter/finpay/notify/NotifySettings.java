package io.dompet.adapter.finpay.notify;

import io.dompet.adapter.finpay.signature.KeyMaterial;
import io.dompet.adapter.finpay.signature.SignatureEncoding;
import java.security.PublicKey;
import java.security.interfaces.RSAKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything the Notify Top Up verifier needs, as bootstrap builds it from {@code dompet.finpay.notify.*} (the key read
 * with {@link KeyMaterial#publicKey(String)}: a PEM public key or X.509 certificate, as text or {@code file:PATH}).
 *
 * @param finpayPublicKey Finpay's RSA public key that checks {@code X-SIGNATURE} ({@code public-key})
 * @param signedPath      the path Finpay signs, when a proxy rewrites the path dompet sees ({@code signed-path});
 *                        {@code null}: the request path as received
 * @param maxAge          how far {@code X-TIMESTAMP} may lie in the past for a notification dompet has not received
 *                        before ({@code max-age}, default 24 hours, at most 7 days). A redelivery of one already in the
 *                        inbox is acknowledged whatever its age: the inbox makes a replay harmless, while Finpay's
 *                        retries may keep the first {@code X-TIMESTAMP}, so a short window would lose real credits
 * @param maxClockSkew    how far {@code X-TIMESTAMP} may lie in the future: the clocks' disagreement
 *                        ({@code max-clock-skew}, default 5 minutes, at most 1 hour)
 * @param partnerId       when set, {@code X-PARTNER-ID} must equal it ({@code partner-id})
 * @param merchantId      when set, the body's {@code merchantId} must equal it ({@code merchant-id})
 * @param clock           what "now" is for the timestamp window
 * @param stringToSign    what Finpay signs: the SHA-256 of the minified body ({@link NotifyStringToSign#SNAP}, default)
 *                        or of the raw body ({@code string-to-sign})
 * @param signatureEncoding how {@code X-SIGNATURE} is written: Base64 (default) or hex ({@code signature-encoding})
 */
public record NotifySettings(PublicKey finpayPublicKey, @Nullable String signedPath, Duration maxAge,
                             Duration maxClockSkew, @Nullable String partnerId, @Nullable String merchantId,
                             Clock clock, NotifyStringToSign stringToSign, SignatureEncoding signatureEncoding) {

    public static final Duration LONGEST_MAX_AGE = Duration.ofDays(7);
    public static final Duration LONGEST_MAX_CLOCK_SKEW = Duration.ofHours(1);

    private static final String PREFIX = "dompet.finpay.notify.";

    /** Checks every value; messages name the property. */
    public NotifySettings {
        Objects.requireNonNull(finpayPublicKey, PREFIX + "public-key must be set");
        if (!"RSA".equals(finpayPublicKey.getAlgorithm()) || !(finpayPublicKey instanceof RSAKey rsa)
                || rsa.getModulus().bitLength() < KeyMaterial.MIN_RSA_BITS) {
            throw new IllegalArgumentException(PREFIX + "public-key must be an RSA key of at least "
                    + KeyMaterial.MIN_RSA_BITS + " bits");
        }
        if (signedPath != null && (!signedPath.startsWith("/")
                || signedPath.chars().anyMatch(c -> c <= 0x20 || c == 0x7f))) {
            throw new IllegalArgumentException(PREFIX + "signed-path must start with / and contain no whitespace"
                    + " (leave it unset to check the signature over the request path)");
        }
        Objects.requireNonNull(maxAge, PREFIX + "max-age must be set");
        if (maxAge.isNegative() || maxAge.isZero() || maxAge.compareTo(LONGEST_MAX_AGE) > 0) {
            throw new IllegalArgumentException(PREFIX + "max-age must be positive and at most "
                    + LONGEST_MAX_AGE.toDays() + " days");
        }
        Objects.requireNonNull(maxClockSkew, PREFIX + "max-clock-skew must be set");
        if (maxClockSkew.isNegative() || maxClockSkew.isZero() || maxClockSkew.compareTo(LONGEST_MAX_CLOCK_SKEW) > 0) {
            throw new IllegalArgumentException(PREFIX + "max-clock-skew must be positive and at most "
                    + LONGEST_MAX_CLOCK_SKEW.toMinutes() + " minutes");
        }
        requireUnsetOrText(partnerId, "partner-id");
        requireUnsetOrText(merchantId, "merchant-id");
        Objects.requireNonNull(clock, "clock must not be null");
        Objects.requireNonNull(stringToSign, PREFIX + "string-to-sign must be set");
        Objects.requireNonNull(signatureEncoding, PREFIX + "signature-encoding must be set");
    }

    /** The configured recipe of the signature. */
    NotifySignature signature() {
        return new NotifySignature(stringToSign, signatureEncoding);
    }

    private static void requireUnsetOrText(@Nullable String value, String property) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException(PREFIX + property + " must not be blank (leave it unset to skip the check)");
        }
    }

    /** The key as its algorithm and size only; the ids and the path as set. */
    @Override
    public String toString() {
        return "NotifySettings[finpayPublicKey=(RSA-" + ((RSAKey) finpayPublicKey).getModulus().bitLength() + ")"
                + ", signedPath=" + (signedPath == null ? "(request path)" : signedPath)
                + ", maxAge=" + maxAge
                + ", maxClockSkew=" + maxClockSkew
                + ", partnerId=" + (partnerId == null ? "(not checked)" : partnerId)
                + ", merchantId=" + (merchantId == null ? "(not checked)" : merchantId)
                + ", clock=" + clock + ", stringToSign=" + stringToSign + ", signatureEncoding=" + signatureEncoding
                + "]";
    }
}
