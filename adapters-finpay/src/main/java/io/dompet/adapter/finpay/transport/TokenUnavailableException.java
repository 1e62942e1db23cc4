package io.dompet.adapter.finpay.transport;

/**
 * No Finpay token could be had (Finpay refused, did not answer, or answered nonsense). The message says why in
 * codes, Finpay's description (with any secret redacted) and class names only: never the token, a signature or a
 * body.
 */
public final class TokenUnavailableException extends RuntimeException {

    public TokenUnavailableException(String message) {
        super(message);
    }
}
