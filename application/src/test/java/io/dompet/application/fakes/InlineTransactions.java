package io.dompet.application.fakes;

import io.dompet.application.port.out.TransactionPort;
import java.util.function.Supplier;

/** Runs work inline, and knows whether the current thread is inside a "transaction" (to catch remote calls in one). */
public final class InlineTransactions implements TransactionPort {

    private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        depth.set(depth.get() + 1);
        try {
            return work.get();
        } finally {
            depth.set(depth.get() - 1);
        }
    }

    public boolean isOpen() {
        return depth.get() > 0;
    }
}
