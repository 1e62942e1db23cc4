package io.dompet.adapter.finpay.signature;

import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * How the bytes of a symmetric SNAP signature are written into {@code X-SIGNATURE}: standard Base64 (the SNAP
 * standard, and the default) or lowercase hex (which one Finpay page mentions). Only Finpay's staging environment
 * can settle which one it checks, so it is a configuration switch ({@code dompet.finpay.snap.signature-encoding}).
 */
public enum SignatureEncoding {

    /** Standard Base64 with padding. */
    BASE64 {
        @Override
        public String encode(byte[] signature) {
            return Base64.getEncoder().encodeToString(signature);
        }
    },

    /** Lowercase hexadecimal. */
    HEX {
        @Override
        public String encode(byte[] signature) {
            return HexFormat.of().formatHex(signature);
        }
    };

    /** The text sent in {@code X-SIGNATURE}. */
    public abstract String encode(byte[] signature);

    /**
     * {@code base64} or {@code hex}, in any case, as a configuration property gives it.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static SignatureEncoding of(String name) {
        if (name != null) {
            String normalized = name.strip().toUpperCase(Locale.ROOT);
            for (SignatureEncoding encoding : values()) {
                if (encoding.name().equals(normalized)) {
                    return encoding;
                }
            }
        }
        throw new IllegalArgumentException("signature encoding must be base64 or hex, was " + name);
    }
}
