package io.dompet.adapter.finpay.notify;

import io.dompet.adapter.finpay.signature.Digests;
import io.dompet.adapter.finpay.signature.Sha256WithRsa;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;

/**
 * The Notify Top Up signature (PROTOCOL.md §2):
 * <pre>
 * stringToSign = "POST:" + path + ":" + lowercase(hex(SHA-256(minify(rawBody)))) + ":" + X-TIMESTAMP
 * valid        = SHA256withRSA-verify(finpayPublicKey, UTF-8(stringToSign), Base64-decode(X-SIGNATURE))
 * </pre>
 * over the raw bytes as received, minified (whitespace between tokens removed, strings untouched), never over a
 * re-serialization; and with {@code X-TIMESTAMP} exactly as received.
 */
final class NotifySignature {

    private NotifySignature() {
    }

    /** Whether {@code base64Signature} is Finpay's signature of this notification. */
    static boolean verifies(PublicKey finpayPublicKey, String path, byte[] rawBody, String timestamp,
                            String base64Signature) {
        byte[] message = stringToSign(path, rawBody, timestamp).getBytes(StandardCharsets.UTF_8);
        return Sha256WithRsa.verify(finpayPublicKey, message, base64Signature);
    }

    static String stringToSign(String path, byte[] rawBody, String timestamp) {
        return "POST:" + path + ":" + Digests.bodyDigest(rawBody) + ":" + timestamp;
    }
}
