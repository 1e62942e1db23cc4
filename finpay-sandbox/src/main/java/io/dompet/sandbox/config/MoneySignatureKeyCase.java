package io.dompet.sandbox.config;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The case of the hex key text of the Finpay Money widget signature (PROTOCOL.md §3.3): the HMAC-SHA256 key is the
 * ASCII text of the hex encoding of the secret key's UTF-8 bytes, and Finpay's material is ambiguous about its case.
 * dompet has the same switch ({@code dompet.finpay.money.signature-key-case}); both default to {@link #UPPER}.
 */
public enum MoneySignatureKeyCase {

    /** {@code "ab"} → key text {@code "6162"}, letters upper case ({@code "sandbox"} → {@code "73616E64626F78"}). */
    UPPER,
    /** Letters lower case ({@code "sandbox"} → {@code "73616e64626f78"}). */
    LOWER;

    /** The key text for {@code secretKey}: the hex encoding of its UTF-8 bytes, in this case. */
    public String keyText(String secretKey) {
        HexFormat hex = this == UPPER ? HexFormat.of().withUpperCase() : HexFormat.of();
        return hex.formatHex(secretKey.getBytes(StandardCharsets.UTF_8));
    }
}
