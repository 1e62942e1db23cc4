package io.dompet.sandbox.notify;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The merchant's side of the notification signature, written in the test with the JDK alone (no sandbox code):
 * {@code SHA256withRSA-verify(publicKey, "POST:" + path + ":" + hex(SHA-256(minify(body))) + ":" + timestamp)} with a
 * Base64 signature by default; {@link #verifies(PublicKey, String, byte[], String, String, boolean, boolean)} also
 * plays the raw-body digest and the hex signature.
 */
final class IndependentVerifier {

    private IndependentVerifier() {
    }

    static boolean verifies(PublicKey key, String path, byte[] body, String timestamp, String signature)
            throws Exception {
        return verifies(key, path, body, timestamp, signature, false, false);
    }

    /**
     * @param rawBody whether the digest is over the raw body (else its minified form)
     * @param hex     whether the signature is lower-case hex (else Base64)
     */
    static boolean verifies(PublicKey key, String path, byte[] body, String timestamp, String signature,
                            boolean rawBody, boolean hex) throws Exception {
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(rawBody ? body : minify(body)));
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(key);
        verifier.update(("POST:" + path + ":" + digest + ":" + timestamp).getBytes(StandardCharsets.UTF_8));
        byte[] bytes;
        try {
            bytes = hex ? HexFormat.of().parseHex(signature) : Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException notInThatEncoding) {
            return false;
        }
        try {
            return verifier.verify(bytes);
        } catch (SignatureException wrongLength) {
            return false;
        }
    }

    /** Drops whitespace outside JSON strings. */
    static byte[] minify(byte[] json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean inString = false;
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            if (inString) {
                out.write(b);
                if (b == '\\' && i + 1 < json.length) {
                    out.write(json[++i]);
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
                out.write(b);
            } else if (!Character.isWhitespace(b)) {
                out.write(b);
            }
        }
        return out.toByteArray();
    }
}
