package io.dompet.sandbox.notify;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.HexFormat;

import io.dompet.sandbox.config.NotifyVariant;
import io.dompet.sandbox.config.SignatureEncoding;
import io.dompet.sandbox.http.JsonMinifier;

/**
 * The asymmetric signature the sandbox puts on a Notify Top Up, written independently of dompet's verifier, in the
 * configured {@link NotifyVariant} (the defaults shown):
 * <pre>
 * stringToSign = "POST:" + callbackPath + ":" + lowercase(hex(SHA-256(minify(body)))) + ":" + X-TIMESTAMP
 *                                          // SNAP_RAW_BODY: SHA-256 of the body bytes exactly as sent
 * X-SIGNATURE  = Base64(SHA256withRSA(finpayPrivateKey, stringToSign))    // HEX: lower-case hex; PKCS#1 v1.5
 * </pre>
 */
final class NotificationSignature {

    private static final String ALGORITHM = "SHA256withRSA";

    private NotificationSignature() {
    }

    static String stringToSign(String callbackPath, String bodyDigest, String timestamp) {
        return "POST:" + callbackPath + ":" + bodyDigest + ":" + timestamp;
    }

    /** Lower-case hex SHA-256 of the minified body ({@code SNAP}) or of the raw body ({@code SNAP_RAW_BODY}). */
    static String bodyDigest(byte[] body, NotifyVariant.StringToSign recipe) {
        byte[] hashed = switch (recipe) {
            case SNAP -> JsonMinifier.minify(body);
            case SNAP_RAW_BODY -> body;
        };
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(hashed));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** The SHA256withRSA signature of the UTF-8 {@code stringToSign}, in {@code encoding}. */
    static String sign(PrivateKey key, String stringToSign, SignatureEncoding encoding) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(stringToSign.getBytes(StandardCharsets.UTF_8));
            return encoding.encode(signature.sign());
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
