package io.dompet.bootstrap.doctor;

import io.dompet.sandbox.config.NotifyVariant;
import io.dompet.sandbox.config.SandboxKeys;
import io.dompet.sandbox.config.SignatureEncoding;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Signs a Notify Top Up as the sandbox does, with the sandbox's Finpay private key (public, sandbox-only), for the
 * doctor's check of dompet's verifier in sandbox mode. Written here rather than borrowed from the sandbox, whose signer
 * is its own; PROTOCOL.md §2:
 * {@code SHA256withRSA(key, "POST:" + path + ":" + lowercase hex SHA-256(body) + ":" + X-TIMESTAMP)}.
 *
 * @param key     the sandbox's Finpay private key
 * @param rawBody whether the raw body is hashed (the sandbox's {@code SNAP_RAW_BODY}) rather than the minified one
 * @param hex     whether the signature is written in lower-case hex rather than Base64
 */
record SandboxNotifySigner(PrivateKey key, boolean rawBody, boolean hex) {

    /** The sandbox's key and the recipe of {@code variant}, the sandbox's Notify setting. */
    static SandboxNotifySigner of(NotifyVariant variant) {
        return new SandboxNotifySigner(SandboxKeys.bundled().finpayPrivateKey(),
                variant.stringToSign() == NotifyVariant.StringToSign.SNAP_RAW_BODY,
                variant.signatureEncoding() == SignatureEncoding.HEX);
    }

    /** {@code X-SIGNATURE} of a notification whose body is {@code sent}, {@code minified} once its whitespace is gone. */
    String sign(String path, byte[] sent, byte[] minified, String timestamp) {
        try {
            String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(rawBody ? sent : minified));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(("POST:" + path + ":" + digest + ":" + timestamp).getBytes(StandardCharsets.UTF_8));
            byte[] signed = signature.sign();
            return hex ? HexFormat.of().formatHex(signed) : Base64.getEncoder().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA256withRSA is not available", e);
        }
    }
}
