package io.dompet.sandbox.config;

import java.util.Base64;
import java.util.HexFormat;

/**
 * How the SNAP symmetric {@code X-SIGNATURE} (HMAC-SHA512) is written: standard Base64 with padding (the SNAP
 * standard, the default) or lower-case hex (one Finpay page mentions it). The sandbox accepts exactly one of
 * them, the one it is configured with.
 */
public enum SignatureEncoding {

    /** Standard Base64 (RFC 4648 §4) with padding. */
    BASE64,
    /** Lower-case hexadecimal. */
    HEX;

    /** {@code bytes} written in this encoding. */
    public String encode(byte[] bytes) {
        return switch (this) {
            case BASE64 -> Base64.getEncoder().encodeToString(bytes);
            case HEX -> HexFormat.of().formatHex(bytes);
        };
    }
}
