package io.dompet.adapter.finpay.money;

/**
 * No Finpay Money token could be had (Finpay refused, did not answer, or answered nonsense). The message says why
 * in codes, Finpay's description (with any secret redacted) and class names only: never the token or a signature.
 */
final class TokenUnavailableException extends RuntimeException {

    TokenUnavailableException(String message) {
        super(message);
    }
}
