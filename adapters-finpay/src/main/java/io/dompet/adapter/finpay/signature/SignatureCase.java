package io.dompet.adapter.finpay.signature;

import java.util.HexFormat;
import java.util.Locale;

/**
 * The letter case of the hex text of a bill widget {@code merchantSignature} (PROTOCOL.md §4.1): Finpay's samples
 * are lower case, so {@link #LOWER} is the default; {@link #UPPER} is a configuration switch
 * ({@code dompet.finpay.bill-widget.signature-case}) in case Finpay's staging environment wants it.
 */
public enum SignatureCase {

    /** {@code 0}..{@code 9}, {@code a}..{@code f}. */
    LOWER(HexFormat.of()),

    /** {@code 0}..{@code 9}, {@code A}..{@code F}. */
    UPPER(HexFormat.of().withUpperCase());

    private final HexFormat hex;

    SignatureCase(HexFormat hex) {
        this.hex = hex;
    }

    String format(byte[] bytes) {
        return hex.formatHex(bytes);
    }

    /**
     * {@code lower} or {@code upper}, in any case, as a configuration property gives it.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static SignatureCase of(String name) {
        if (name != null) {
            String normalized = name.strip().toUpperCase(Locale.ROOT);
            for (SignatureCase signatureCase : values()) {
                if (signatureCase.name().equals(normalized)) {
                    return signatureCase;
                }
            }
        }
        throw new IllegalArgumentException("signature case must be lower or upper, was " + name);
    }
}
