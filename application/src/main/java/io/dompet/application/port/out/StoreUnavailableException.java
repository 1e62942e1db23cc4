package io.dompet.application.port.out;

/**
 * dompet's database could not be reached (no connection within the pool's wait, the connection broke, the server is
 * down). Whatever the failed transaction was doing did not happen, or — when the connection broke during a commit — may
 * have happened: a caller answers "try again later", and every flow is safe to repeat (idempotency keys, the
 * notification inbox, the reconciler for top-ups left open). The message never carries data of the request.
 */
public final class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
