package io.dompet.adapter.finpay.snap;

/**
 * No B2B access token could be had (Finpay refused, did not answer, or answered nonsense). The message says why
 * in codes and class names only: never the token, the signature or a body.
 */
final class TokenUnavailableException extends RuntimeException {

    TokenUnavailableException(String message) {
        super(message);
    }
}
