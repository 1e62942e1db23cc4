package io.dompet.sandbox.config;

import java.util.HexFormat;

/**
 * The case of the SHA-256 hex digest the bill widget's {@code merchantSignature} must be written in (PROTOCOL.md
 * §4.1). Finpay's samples are lower case; dompet keeps the case configurable, so the sandbox does too. The sandbox
 * accepts only the configured case.
 */
public enum BillWidgetSignatureCase {

    /** {@code 9f64e596…} (Finpay's samples). */
    LOWER,
    /** {@code 9F64E596…}. */
    UPPER;

    /** {@code digest} as hex in this case. */
    public String hex(byte[] digest) {
        HexFormat hex = this == UPPER ? HexFormat.of().withUpperCase() : HexFormat.of();
        return hex.formatHex(digest);
    }
}
