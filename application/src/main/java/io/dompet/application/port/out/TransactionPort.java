package io.dompet.application.port.out;

import java.util.function.Supplier;

/**
 * Runs database work in one transaction. Services wrap only database work in it, never a remote call:
 * a transaction must not stay open while Finpay is being asked something.
 */
public interface TransactionPort {

    <T> T inTransaction(Supplier<T> work);
}
