package io.dompet.sandbox.config;

import java.util.Objects;

/**
 * How the sandbox signs Notify Top Up (PROTOCOL.md §2, §5 Q2: Finpay does not publish the recipe); each defaults to
 * the recipe dompet verifies by default. Whatever the variant, the signature is SHA256withRSA with Finpay's key over
 * {@code "POST:" + callbackPath + ":" + lowercase(hex(SHA-256(bodyBytes))) + ":" + X-TIMESTAMP}.
 *
 * @param signatureEncoding how the signature bytes are written ({@link SignatureEncoding#BASE64})
 * @param stringToSign      which body bytes are hashed ({@link StringToSign#SNAP}: the minified body)
 */
public record NotifyVariant(SignatureEncoding signatureEncoding, StringToSign stringToSign) {

    public NotifyVariant {
        Objects.requireNonNull(signatureEncoding, "signatureEncoding");
        Objects.requireNonNull(stringToSign, "stringToSign");
    }

    public static NotifyVariant defaults() {
        return new NotifyVariant(SignatureEncoding.BASE64, StringToSign.SNAP);
    }

    public NotifyVariant withSignatureEncoding(SignatureEncoding signatureEncoding) {
        return new NotifyVariant(signatureEncoding, stringToSign);
    }

    public NotifyVariant withStringToSign(StringToSign stringToSign) {
        return new NotifyVariant(signatureEncoding, stringToSign);
    }

    /** Which bytes of the body the string-to-sign hashes. */
    public enum StringToSign {
        /** The minified body (whitespace outside JSON strings removed), as SNAP signs requests. */
        SNAP,
        /** The raw body exactly as sent (differs from {@link #SNAP} only when the body is pretty-printed). */
        SNAP_RAW_BODY
    }
}
