package io.dompet.adapter.finpay.signature;

import java.util.Base64;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * How the bytes of a SNAP signature are written into {@code X-SIGNATURE}: standard Base64 (the SNAP standard, and the
 * default) or lowercase hex (which one Finpay page mentions). Only Finpay's staging environment can settle which one it
 * uses, so it is a configuration switch in two places: the symmetric signature dompet sends
 * ({@code dompet.finpay.snap.signature-encoding}) and the Notify Top Up signature dompet checks
 * ({@code dompet.finpay.notify.signature-encoding}).
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
     * The bytes of a received {@code X-SIGNATURE} (surrounding whitespace ignored; hex in either case), or
     * {@code null} when the text is blank or not of this encoding: a signature from outside is never a reason to throw.
     */
    public byte @Nullable [] decode(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            String stripped = text.strip();
            return this == BASE64 ? Base64.getDecoder().decode(stripped) : HexFormat.of().parseHex(stripped);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
