package io.dompet.adapter.finpay.notify;

import io.dompet.adapter.finpay.signature.Digests;
import io.dompet.adapter.finpay.signature.JsonMinifier;

/**
 * What Finpay signs in a Notify Top Up (PROTOCOL.md §2, §5 question 2): Finpay's page gives the SNAP recipe without
 * saying whether the body is hashed minified or as sent, so it is a configuration switch
 * ({@code dompet.finpay.notify.string-to-sign}) until Finpay's staging environment settles it. Both are
 * {@code "POST:" + path + ":" + lowercase hex SHA-256 of the body + ":" + X-TIMESTAMP}; they differ in the bytes hashed.
 */
public enum NotifyStringToSign {

    /** The SNAP standard, the default: the SHA-256 of the body minified (whitespace between tokens removed). */
    SNAP {
        @Override
        byte[] hashed(byte[] rawBody) {
            return JsonMinifier.minify(rawBody);
        }
    },

    /** The SHA-256 of the raw body bytes exactly as received, not minified. */
    SNAP_RAW_BODY {
        @Override
        byte[] hashed(byte[] rawBody) {
            return rawBody;
        }
    };

    /** The string Finpay signs for a notification to {@code path} with this body and {@code X-TIMESTAMP}. */
    String of(String path, byte[] rawBody, String timestamp) {
        return "POST:" + path + ":" + bodyDigest(rawBody) + ":" + timestamp;
    }

    /** Lowercase hex of the SHA-256 of the bytes this recipe hashes. */
    String bodyDigest(byte[] rawBody) {
        return Digests.sha256Hex(hashed(rawBody));
    }

    abstract byte[] hashed(byte[] rawBody);

    /** The property value, as the README spells it: {@code snap}, {@code snap-raw-body}. */
    String propertyValue() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
