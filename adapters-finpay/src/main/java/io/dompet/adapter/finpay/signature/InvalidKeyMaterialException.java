package io.dompet.adapter.finpay.signature;

/**
 * Key material that cannot be used: not PEM, an unreadable file, the wrong kind of key, an encrypted or too
 * short key. The message says what is wrong and where (a file path, never the key text), so a start-up
 * failure is actionable without leaking the secret.
 */
public class InvalidKeyMaterialException extends RuntimeException {

    public InvalidKeyMaterialException(String message) {
        super(message);
    }

    public InvalidKeyMaterialException(String message, Throwable cause) {
        super(message, cause);
    }
}
