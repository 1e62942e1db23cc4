package io.dompet.adapter.finpay.signature;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.util.Base64;
import java.util.Objects;

/**
 * {@code SHA256withRSA} (RSASSA-PKCS1-v1_5 with SHA-256), the asymmetric signature of Finpay's SNAP APIs:
 * the B2B access-token signature dompet sends, and the Notify Top Up signature dompet checks.
 *
 * <p>PKCS#1 v1.5 signatures are deterministic: the same key and message always give the same bytes, which is
 * what makes known-answer tests against {@code openssl dgst -sha256 -sign} possible.
 */
public final class Sha256WithRsa {

    /** The JCA name of the algorithm. */
    public static final String ALGORITHM = "SHA256withRSA";

    private Sha256WithRsa() {
    }

    /**
     * Signs {@code message} with an RSA private key.
     *
     * @throws InvalidKeyMaterialException if the key cannot make RSA signatures
     */
    public static byte[] sign(PrivateKey privateKey, byte[] message) {
        Objects.requireNonNull(privateKey, "privateKey must not be null");
        Objects.requireNonNull(message, "message must not be null");
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(message);
            return signature.sign();
        } catch (InvalidKeyException e) {
            throw new InvalidKeyMaterialException("the " + privateKey.getAlgorithm() + " private key cannot make "
                    + ALGORITHM + " signatures");
        } catch (NoSuchAlgorithmException | SignatureException e) {
            throw new IllegalStateException(ALGORITHM + " signing failed", e);
        }
    }

    /** Signs {@code message} and encodes the signature as standard Base64 (with padding). */
    public static String signBase64(PrivateKey privateKey, byte[] message) {
        return Base64.getEncoder().encodeToString(sign(privateKey, message));
    }

    /**
     * Whether {@code base64Signature} is a valid signature of {@code message} by the holder of {@code publicKey}.
     * A missing, empty or malformed Base64 signature, or one of the wrong length, is simply not valid: this
     * method answers {@code false} rather than throwing, because the signature comes from outside.
     *
     * @throws InvalidKeyMaterialException if the key cannot check RSA signatures (a configuration error)
     */
    public static boolean verify(PublicKey publicKey, byte[] message, String base64Signature) {
        Objects.requireNonNull(publicKey, "publicKey must not be null");
        Objects.requireNonNull(message, "message must not be null");
        byte[] signature = SignatureEncoding.BASE64.decode(base64Signature);
        return signature != null && verify(publicKey, message, signature);
    }

    /** Whether {@code signature} is a valid signature of {@code message}; {@code false} for malformed signatures. */
    public static boolean verify(PublicKey publicKey, byte[] message, byte[] signature) {
        Objects.requireNonNull(publicKey, "publicKey must not be null");
        Objects.requireNonNull(message, "message must not be null");
        Objects.requireNonNull(signature, "signature must not be null");
        Signature verifier;
        try {
            verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(publicKey);
        } catch (InvalidKeyException e) {
            throw new InvalidKeyMaterialException("the " + publicKey.getAlgorithm() + " public key cannot check "
                    + ALGORITHM + " signatures");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        }
        try {
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            // e.g. a signature of the wrong length: not a valid signature, not our error
            return false;
        }
    }
}
