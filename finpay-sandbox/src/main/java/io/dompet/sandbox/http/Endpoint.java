package io.dompet.sandbox.http;

/**
 * Answers one routed request. Throw {@link RequestRejectedException} to answer with a specific error; any other
 * exception becomes a generic SNAP-style 500 answer (logged, never shown to the caller).
 */
@FunctionalInterface
public interface Endpoint {

    Reply handle(Request request) throws Exception;
}
