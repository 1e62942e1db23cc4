package io.dompet.sandbox.notify;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;

import io.dompet.sandbox.http.JsonMinifier;

/**
 * The asymmetric signature the sandbox puts on a Notify Top Up, written independently of dompet's verifier:
 * <pre>
 * stringToSign = "POST:" + callbackPath + ":" + lowercase(hex(SHA-256(minify(body)))) + ":" + X-TIMESTAMP
 * X-SIGNATURE  = Base64(SHA256withRSA(finpayPrivateKey, stringToSign))    // RSA PKCS#1 v1.5: deterministic
 * </pre>
 */
final class NotificationSignature {

    private static final String ALGORITHM = "SHA256withRSA";

    private NotificationSignature() {
    }

    static String stringToSign(String callbackPath, String bodyDigest, String timestamp) {
        return "POST:" + callbackPath + ":" + bodyDigest + ":" + timestamp;
    }

    /** Lower-case hex SHA-256 of the minified body. */
    static String bodyDigest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(JsonMinifier.minify(body)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** Standard Base64 (with padding) of the SHA256withRSA signature of the UTF-8 {@code stringToSign}. */
    static String sign(PrivateKey key, String stringToSign) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(stringToSign.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with " + ALGORITHM, e);
        }
    }

    /** The path a callback URL is called at, as written on the request line: its raw path, {@code /} when empty. */
    static String callbackPath(java.net.URI callbackUrl) {
        String path = callbackUrl.getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }
}
