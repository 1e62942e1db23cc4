package io.dompet.sandbox.money;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.dompet.sandbox.config.MoneySignatureKeyCase;

/**
 * The Finpay Money widget signature (PROTOCOL.md §3.3), written independently of dompet's signer: every body field
 * but {@code signature}, sorted by name (byte order), values concatenated with no separator; HMAC-SHA256 keyed with
 * the ASCII text of the hex encoding of the secret key (upper or lower case, see {@link MoneySignatureKeyCase});
 * the digest as upper-case hex.
 */
final class MoneySignature {

    static final String FIELD = "signature";
    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] key;

    MoneySignature(String secretKey, MoneySignatureKeyCase keyCase) {
        this.key = keyCase.keyText(secretKey).getBytes(StandardCharsets.US_ASCII);
    }

    /** The text signed: the values of every field but {@code signature}, ordered by field name. */
    static String stringToSign(Map<String, String> fields) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(fields).forEach((name, value) -> {
            if (!FIELD.equals(name)) {
                text.append(value);
            }
        });
        return text.toString();
    }

    /** The upper-case hex signature of {@code fields}. */
    String sign(Map<String, String> fields) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return HexFormat.of().withUpperCase()
                    .formatHex(mac.doFinal(stringToSign(fields).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Whether {@code signature} is exactly the upper-case hex signature of {@code fields}, compared in constant time. */
    boolean matches(Map<String, String> fields, String signature) {
        return MessageDigest.isEqual(sign(fields).getBytes(StandardCharsets.UTF_8),
                signature.getBytes(StandardCharsets.UTF_8));
    }
}
