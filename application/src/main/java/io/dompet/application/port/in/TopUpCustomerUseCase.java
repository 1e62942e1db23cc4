package io.dompet.application.port.in;

/**
 * Tops up a customer's wallet from the merchant's Finpay deposit, exactly once per client and idempotency key: inquiry, then
 * top-up, the outcome recorded; an unknown outcome stays {@code PENDING} for the reconciler.
 */
public interface TopUpCustomerUseCase {

    TopUpResult topUp(TopUpCustomerCommand command);
}
