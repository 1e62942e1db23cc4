package io.dompet.adapter.finpay.signature;

import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The digests the signatures are made of: the JDK's SHA-256 and HMACs, with the platform's guarantees turned into
 * unchecked errors, and the body digest SNAP's request signature and Notify Top Up's share.
 */
public final class Digests {

    private Digests() {
    }

    /**
     * {@code lowercase(hex(SHA-256(minify(body))))}: the body's part of SNAP's request signature and of Notify Top Up's
     * (PROTOCOL.md §1.3, §2), over the body minified by {@link JsonMinifier}.
     */
    public static String bodyDigest(byte[] body) {
        return sha256Hex(JsonMinifier.minify(body));
    }

    /** {@code lowercase(hex(SHA-256(bytes)))}. */
    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256(bytes));
    }

    /** SHA-256 of {@code bytes}. */
    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** The HMAC of {@code message} under {@code key}, with the key's algorithm, on a {@link Mac} of its own. */
    static byte[] hmac(SecretKeySpec key, byte[] message) {
        try {
            Mac mac = Mac.getInstance(key.getAlgorithm());
            mac.init(key);
            return mac.doFinal(message);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(key.getAlgorithm() + " is not available", e);
        }
    }
}
