package io.dompet.sandbox.billwidget;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.dompet.sandbox.config.BillWidgetSignatureCase;

/**
 * The bill widget's {@code merchantSignature} (PROTOCOL.md §4.1), written independently of dompet's signer: every
 * top-level field except {@code merchantSignature}, sorted by name; each value (see {@link SignedFields}) upper-cased
 * ({@link Locale#ROOT}) and followed by {@code %}; then the merchant key as it is; SHA-256 of the UTF-8 bytes, hex in
 * the configured case. Compared in constant time, only in that case.
 */
final class MerchantSignature {

    static final String FIELD = "merchantSignature";

    private final String merchantKey;
    private final BillWidgetSignatureCase signatureCase;

    MerchantSignature(String merchantKey, BillWidgetSignatureCase signatureCase) {
        this.merchantKey = merchantKey;
        this.signatureCase = signatureCase;
    }

    /** Whether {@code sent} is the signature of {@code fields}. */
    boolean verifies(SignedFields fields, String sent) {
        byte[] expected = of(fields).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, sent.getBytes(StandardCharsets.UTF_8));
    }

    /** The signature of {@code fields}, in the configured case. */
    String of(SignedFields fields) {
        return signatureCase.hex(sha256(stringToSign(fields.values(), merchantKey)));
    }

    /** The text hashed; it ends with the merchant key, so it must never be logged. */
    static String stringToSign(Map<String, String> values, String merchantKey) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(values).forEach((name, value) -> {
            if (!FIELD.equals(name)) {
                text.append(value.toUpperCase(Locale.ROOT)).append('%');
            }
        });
        return text.append(merchantKey).toString();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
