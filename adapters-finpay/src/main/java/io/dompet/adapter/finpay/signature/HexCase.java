package io.dompet.adapter.finpay.signature;

import java.util.HexFormat;

/**
 * The letter case of hex text in a Finpay widget signature, an open question in two places that only Finpay's staging
 * environment can settle, so both are configuration switches: the hex key text of Finpay Money's widget signature
 * (PROTOCOL.md §3.3; Finpay's page and one SDK upper-case it, another SDK lower-cases it:
 * {@code dompet.finpay.money.signature-key-case}, {@link #UPPER} by default) and the hex {@code merchantSignature} of
 * the bill widget (PROTOCOL.md §4.1; Finpay's samples are lower case: {@code dompet.finpay.bill-widget.signature-case},
 * {@link #LOWER} by default).
 */
public enum HexCase {

    /** {@code 0}..{@code 9}, {@code A}..{@code F}: secret {@code Z} → key text {@code 5A}. */
    UPPER(HexFormat.of().withUpperCase()),

    /** {@code 0}..{@code 9}, {@code a}..{@code f}: secret {@code Z} → key text {@code 5a}. */
    LOWER(HexFormat.of());

    private final HexFormat hex;

    HexCase(HexFormat hex) {
        this.hex = hex;
    }

    String format(byte[] bytes) {
        return hex.formatHex(bytes);
    }
}
