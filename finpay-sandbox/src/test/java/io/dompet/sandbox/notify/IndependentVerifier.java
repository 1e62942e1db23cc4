package io.dompet.sandbox.notify;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The merchant's side of the notification signature, written in the test with the JDK alone (no sandbox code):
 * {@code SHA256withRSA-verify(publicKey, "POST:" + path + ":" + hex(SHA-256(minify(body))) + ":" + timestamp)}.
 */
final class IndependentVerifier {

    private IndependentVerifier() {
    }

    static boolean verifies(PublicKey key, String path, byte[] body, String timestamp, String signature)
            throws Exception {
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(minify(body)));
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(key);
        verifier.update(("POST:" + path + ":" + digest + ":" + timestamp).getBytes(StandardCharsets.UTF_8));
        return verifier.verify(Base64.getDecoder().decode(signature));
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
