package io.dompet.sandbox.snap;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.dompet.sandbox.config.SignatureEncoding;
import io.dompet.sandbox.http.JsonMinifier;

/**
 * SNAP's symmetric request signature, written independently of dompet's signer:
 * <pre>
 * stringToSign = METHOD + ":" + relativePath + ":" + accessToken + ":"
 *                + lowercase(hex(SHA-256(minify(body)))) + ":" + X-TIMESTAMP
 * X-SIGNATURE  = encode(HMAC-SHA512(clientSecret, stringToSign))   // Base64 or lower-case hex
 * </pre>
 * Comparison is constant-time over the exact encoded text.
 */
final class SymmetricSignature {

    private static final String HMAC = "HmacSHA512";

    private SymmetricSignature() {
    }

    static String stringToSign(String method, String relativePath, String accessToken, byte[] body, String timestamp) {
        return method + ":" + relativePath + ":" + accessToken + ":" + bodyDigest(body) + ":" + timestamp;
    }

    /** Lower-case hex SHA-256 of the minified body. */
    static String bodyDigest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(JsonMinifier.minify(body)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    static String sign(String clientSecret, String stringToSign, SignatureEncoding encoding) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), HMAC));
            return encoding.encode(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA512 is not available", e);
        }
    }

    /** Whether {@code signature} is exactly the expected encoded HMAC, compared in constant time. */
    static boolean matches(String clientSecret, String stringToSign, SignatureEncoding encoding, String signature) {
        byte[] expected = sign(clientSecret, stringToSign, encoding).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8));
    }
}
