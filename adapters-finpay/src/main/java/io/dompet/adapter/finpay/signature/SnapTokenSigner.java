package io.dompet.adapter.finpay.signature;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;

/**
 * Signs SNAP B2B access-token requests:
 * {@code X-SIGNATURE = Base64(SHA256withRSA(merchantPrivateKey, clientId + "|" + X-TIMESTAMP))}, UTF-8.
 *
 * <p>Holds the merchant's private key; {@link #toString()} shows only the algorithm and key size.
 * Thread-safe: every signature uses its own {@link java.security.Signature}.
 */
public final class SnapTokenSigner {

    private final PrivateKey privateKey;

    /**
     * @throws InvalidKeyMaterialException unless the key is RSA of at least {@value KeyMaterial#MIN_RSA_BITS} bits
     */
    public SnapTokenSigner(PrivateKey privateKey) {
        if (privateKey == null) {
            throw new InvalidKeyMaterialException("the merchant private key is missing");
        }
        this.privateKey = KeyMaterial.requireStrongRsa(privateKey);
    }

    /**
     * The {@code X-SIGNATURE} of an access-token request.
     *
     * @param clientId  the {@code X-CLIENT-KEY} sent with the request
     * @param timestamp the {@code X-TIMESTAMP} sent with the request, exactly as sent
     *                  (e.g. {@code 2024-04-17T12:03:38+07:00})
     * @return standard Base64 (with padding) of the signature
     */
    public String sign(String clientId, String timestamp) {
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("clientId must not be blank");
        }
        if (timestamp == null || timestamp.isBlank()) {
            throw new IllegalArgumentException("timestamp must not be blank");
        }
        byte[] stringToSign = (clientId + "|" + timestamp).getBytes(StandardCharsets.UTF_8);
        return Sha256WithRsa.signBase64(privateKey, stringToSign);
    }

    @Override
    public String toString() {
        return "SnapTokenSigner[" + Sha256WithRsa.ALGORITHM + ", " + KeyMaterial.describe(privateKey) + "]";
    }
}
