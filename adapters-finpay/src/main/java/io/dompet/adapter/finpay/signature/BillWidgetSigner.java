package io.dompet.adapter.finpay.signature;

import java.nio.charset.StandardCharsets;
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
 * The values come already as text: the caller stringifies booleans, arrays and objects (by the configured
 * {@code signature-value-style}). Upper-casing is ASCII-only as PHP's {@code strtoupper} (default) or Unicode-wide
 * ({@link UpperCasing}).
 *
 * <p>Holds the merchant key; {@link #toString()} never shows it. Thread-safe.
 */
public final class BillWidgetSigner {

    /** The body field that carries the signature, and is left out of it. */
    public static final String SIGNATURE_FIELD = "merchantSignature";

    private final String merchantKey;
    private final HexCase signatureCase;
    private final UpperCasing upperCasing;

    /**
     * @throws IllegalArgumentException if the merchant key is blank
     */
    public BillWidgetSigner(String merchantKey, HexCase signatureCase, UpperCasing upperCasing) {
        if (merchantKey == null || merchantKey.isBlank()) {
            throw new IllegalArgumentException("the Finpay bill widget merchant key must not be blank");
        }
        this.merchantKey = merchantKey;
        this.signatureCase = Objects.requireNonNull(signatureCase, "signatureCase must not be null");
        this.upperCasing = Objects.requireNonNull(upperCasing, "upperCasing must not be null");
    }

    /**
     * The signature of a request, given as its fields' values as text; a {@value #SIGNATURE_FIELD} field among them
     * is ignored.
     *
     * @throws IllegalArgumentException if a value is null (the message names the field, never a value)
     */
    public String sign(Map<String, String> fields) {
        String message = valuesToSign(fields, upperCasing) + merchantKey;
        return signatureCase.format(Digests.sha256(message.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The string to sign without the merchant key: {@code UPPER(value) + "%"} for every field but
     * {@value #SIGNATURE_FIELD}, in the byte order of the field names (UTF-8, unsigned). It holds the customer's
     * personal data, so it must never be logged.
     */
    public static String valuesToSign(Map<String, String> fields, UpperCasing upperCasing) {
        StringBuilder text = new StringBuilder();
        for (String value : SignedFields.valuesInNameOrder(fields, SIGNATURE_FIELD)) {
            text.append(upperCasing.apply(value)).append('%');
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return "BillWidgetSigner[SHA-256, " + upperCasing + " upper case, " + signatureCase
                + " hex, merchant key redacted]";
    }
}
