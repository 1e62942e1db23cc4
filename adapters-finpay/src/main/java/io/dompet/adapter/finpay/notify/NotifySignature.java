package io.dompet.adapter.finpay.notify;

import io.dompet.adapter.finpay.signature.Sha256WithRsa;
import io.dompet.adapter.finpay.signature.SignatureEncoding;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The Notify Top Up signature (PROTOCOL.md §2), one recipe of the two open questions of §5 question 2:
 * <pre>
 * stringToSign = "POST:" + path + ":" + lowercase(hex(SHA-256(body))) + ":" + X-TIMESTAMP
 *                  body minified (SNAP, default) or the raw bytes as received (SNAP_RAW_BODY)
 * valid        = SHA256withRSA-verify(finpayPublicKey, UTF-8(stringToSign), decode(X-SIGNATURE))
 *                  decode = Base64 (default) or hex
 * </pre>
 * over the raw bytes as received, never over a re-serialization; and with {@code X-TIMESTAMP} exactly as received.
 *
 * @param stringToSign {@code dompet.finpay.notify.string-to-sign}
 * @param encoding     {@code dompet.finpay.notify.signature-encoding}
 */
record NotifySignature(NotifyStringToSign stringToSign, SignatureEncoding encoding) {

    static final String STRING_TO_SIGN_PROPERTY = "dompet.finpay.notify.string-to-sign";
    static final String ENCODING_PROPERTY = "dompet.finpay.notify.signature-encoding";

    /** Whether {@code signature} is Finpay's signature of this notification by this recipe. */
    boolean verifies(PublicKey finpayPublicKey, String path, byte[] rawBody, String timestamp, String signature) {
        byte[] decoded = encoding.decode(signature);
        if (decoded == null) {
            return false;
        }
        byte[] message = stringToSign.of(path, rawBody, timestamp).getBytes(StandardCharsets.UTF_8);
        return Sha256WithRsa.verify(finpayPublicKey, message, decoded);
    }

    /** Every recipe dompet knows: each string to sign with each encoding. */
    static List<NotifySignature> all() {
        List<NotifySignature> all = new ArrayList<>();
        for (NotifyStringToSign string : NotifyStringToSign.values()) {
            for (SignatureEncoding encoding : SignatureEncoding.values()) {
                all.add(new NotifySignature(string, encoding));
            }
        }
        return all;
    }

    /**
     * For the operator, when this (the configured) recipe failed: the one WARN line that says which switch to change, or
     * that no recipe verifies. The other recipes are tried only to say so, never to accept. Names properties and values,
     * never the signature or the body.
     */
    String diagnosis(PublicKey finpayPublicKey, String path, byte[] rawBody, String timestamp, String signature) {
        @Nullable NotifySignature verifying = all().stream()
                .filter(recipe -> !recipe.equals(this))
                .filter(recipe -> recipe.verifies(finpayPublicKey, path, rawBody, timestamp, signature))
                .findFirst().orElse(null);
        String configured = "Notify Top Up signature does not verify with " + this;
        if (verifying == null) {
            return configured + "; none of the " + all().size() + " recipes verifies: check "
                    + "dompet.finpay.notify.public-key (and dompet.finpay.notify.signed-path, here " + path + ")";
        }
        List<String> change = new ArrayList<>();
        if (verifying.stringToSign != stringToSign) {
            change.add(STRING_TO_SIGN_PROPERTY + "=" + verifying.stringToSign.propertyValue());
        }
        if (verifying.encoding != encoding) {
            change.add(ENCODING_PROPERTY + "=" + verifying.encoding.name().toLowerCase(Locale.ROOT));
        }
        return configured + "; it WOULD verify with " + String.join(" and ", change)
                + " (refused all the same: set it if Finpay signs so)";
    }

    /** The recipe as its two properties and values. */
    @Override
    public String toString() {
        return STRING_TO_SIGN_PROPERTY + "=" + stringToSign.propertyValue() + ", " + ENCODING_PROPERTY + "="
                + encoding.name().toLowerCase(Locale.ROOT);
    }
}
