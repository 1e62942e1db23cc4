package io.dompet.adapter.finpay.signature;

import java.util.HexFormat;
import java.util.Locale;

/**
 * The letter case of the hex text that keys Finpay Money's widget signature (PROTOCOL.md §3.3): Finpay's page and
 * one SDK upper-case it, another SDK lower-cases it. Only Finpay's staging environment can settle it, so it is a
 * configuration switch ({@code dompet.finpay.money.signature-key-case}), {@link #UPPER} by default.
 */
public enum KeyCase {

    /** {@code A}..{@code F}: secret {@code Z} → key text {@code 5A}. */
    UPPER(HexFormat.of().withUpperCase()),

    /** {@code a}..{@code f}: secret {@code Z} → key text {@code 5a}. */
    LOWER(HexFormat.of());

    private final HexFormat hex;

    KeyCase(HexFormat hex) {
        this.hex = hex;
    }

    String format(byte[] bytes) {
        return hex.formatHex(bytes);
    }

    /**
     * {@code upper} or {@code lower}, in any case, as a configuration property gives it.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static KeyCase of(String name) {
        if (name != null) {
            String normalized = name.strip().toUpperCase(Locale.ROOT);
            for (KeyCase keyCase : values()) {
                if (keyCase.name().equals(normalized)) {
                    return keyCase;
                }
            }
        }
        throw new IllegalArgumentException("signature key case must be upper or lower, was " + name);
    }
}
