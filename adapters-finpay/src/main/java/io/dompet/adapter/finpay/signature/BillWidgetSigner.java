package io.dompet.adapter.finpay.signature;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code merchantSignature} of Finpay's bill widget Generate Widget request (PROTOCOL.md §4.1):
 * <pre>
 * stringToSign = for every request field but merchantSignature, sorted by field name (byte order):
 *                    UPPER(value) + "%"
 *                followed by the merchant key, as it is (not upper-cased)
 * signature    = hex( SHA-256( UTF-8 bytes of stringToSign ) ), lower case (default) or upper case
 * </pre>
 * The values come already as text: the caller stringifies arrays and objects as the compact JSON it sends, and
 * booleans as {@code true}/{@code false}. Upper-casing uses {@link Locale#ROOT}.
 *
 * <p>Holds the merchant key; {@link #toString()} never shows it. Thread-safe.
 */
public final class BillWidgetSigner {

    /** The body field that carries the signature, and is left out of it. */
    public static final String SIGNATURE_FIELD = "merchantSignature";

    private final String merchantKey;
    private final HexCase signatureCase;

    /**
     * @throws IllegalArgumentException if the merchant key is blank
     */
    public BillWidgetSigner(String merchantKey, HexCase signatureCase) {
        if (merchantKey == null || merchantKey.isBlank()) {
            throw new IllegalArgumentException("the Finpay bill widget merchant key must not be blank");
        }
        this.merchantKey = merchantKey;
        this.signatureCase = Objects.requireNonNull(signatureCase, "signatureCase must not be null");
    }

    /**
     * The signature of a request, given as its fields' values as text; a {@value #SIGNATURE_FIELD} field among them
     * is ignored.
     *
     * @throws IllegalArgumentException if a value is null (the message names the field, never a value)
     */
    public String sign(Map<String, String> fields) {
        String message = valuesToSign(fields) + merchantKey;
        return signatureCase.format(Digests.sha256(message.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The string to sign without the merchant key: {@code UPPER(value) + "%"} for every field but
     * {@value #SIGNATURE_FIELD}, in the byte order of the field names (UTF-8, unsigned). It holds the customer's
     * personal data, so it must never be logged.
     */
    public static String valuesToSign(Map<String, String> fields) {
        StringBuilder text = new StringBuilder();
        for (String value : SignedFields.valuesInNameOrder(fields, SIGNATURE_FIELD)) {
            text.append(value.toUpperCase(Locale.ROOT)).append('%');
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return "BillWidgetSigner[SHA-256, " + signatureCase + " hex, merchant key redacted]";
    }
}
