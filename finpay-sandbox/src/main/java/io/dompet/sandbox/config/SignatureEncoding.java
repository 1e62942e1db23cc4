package io.dompet.sandbox.config;

import java.util.Base64;
import java.util.HexFormat;

/**
 * How a signature's bytes are written: standard Base64 with padding (the SNAP standard, the default) or lower-case
 * hex (one Finpay page mentions it). Used for the SNAP symmetric {@code X-SIGNATURE} (HMAC-SHA512; the sandbox accepts
 * exactly the configured one, {@link SnapVariant}) and the Notify Top Up signature the sandbox sends ({@link NotifyVariant}).
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
