package io.dompet.adapter.finpay.signature;

import java.util.Base64;
import java.util.HexFormat;

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
}
