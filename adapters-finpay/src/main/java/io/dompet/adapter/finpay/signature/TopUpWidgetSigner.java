package io.dompet.adapter.finpay.signature;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of Finpay Money's co-brand requests, Get Token and Widget Top Up (PROTOCOL.md §3.3):
 * <pre>
 * stringToSign = the values of every body field except signature, sorted by field name (byte order), concatenated
 * key          = the ASCII text of hex(UTF-8 bytes of the secret key), upper- or lower-case ({@link HexCase})
 * signature    = upper-case hex( HMAC-SHA256(key, UTF-8 bytes of stringToSign) )
 * </pre>
 * e.g. secret {@code ab} gives the key text {@code 6162}.
 *
 * <p>Holds the secret key; {@link #toString()} never shows it. Thread-safe: every signature uses its own {@link javax.crypto.Mac}.
 */
public final class TopUpWidgetSigner {

    /** The body field that carries the signature, and is left out of it. */
    public static final String SIGNATURE_FIELD = "signature";

    private static final String HMAC = "HmacSHA256";
    private static final HexFormat UPPER_HEX = HexFormat.of().withUpperCase();

    private final SecretKeySpec key;
    private final HexCase keyCase;

    /**
     * @throws IllegalArgumentException if the secret key is blank
     */
    public TopUpWidgetSigner(String secretKey, HexCase keyCase) {
        this.keyCase = Objects.requireNonNull(keyCase, "keyCase must not be null");
        this.key = new SecretKeySpec(keyText(secretKey, keyCase).getBytes(StandardCharsets.US_ASCII), HMAC);
    }

    /**
     * The signature of a body, given as its fields; a {@value #SIGNATURE_FIELD} field among them is ignored.
     *
     * @throws IllegalArgumentException if a field value is null (the message names the field, never a value)
     */
    public String sign(Map<String, String> fields) {
        byte[] message = stringToSign(fields).getBytes(StandardCharsets.UTF_8);
        return UPPER_HEX.formatHex(Digests.hmac(key, message));
    }

    /**
     * The values of every field but {@value #SIGNATURE_FIELD}, in the byte order of the field names (UTF-8,
     * unsigned), with no separator. It may contain the token, so it must never be logged.
     */
    public static String stringToSign(Map<String, String> fields) {
        return String.join("", SignedFields.valuesInNameOrder(fields, SIGNATURE_FIELD));
    }

    /** The HMAC key as text: the hex encoding of the secret's UTF-8 bytes, in {@code keyCase}. Secret: never log it. */
    static String keyText(String secretKey, HexCase keyCase) {
        if (secretKey == null || secretKey.isBlank()) {
            throw new IllegalArgumentException("the Finpay Money secret key must not be blank");
        }
        return keyCase.format(secretKey.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "TopUpWidgetSigner[" + HMAC + ", key case " + keyCase + ", secret redacted]";
    }
}
