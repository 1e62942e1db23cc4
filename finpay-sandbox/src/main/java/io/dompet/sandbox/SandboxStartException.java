package io.dompet.sandbox;

/** The sandbox could not start, e.g. because its port is already in use; the message says which. */
public final class SandboxStartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SandboxStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
