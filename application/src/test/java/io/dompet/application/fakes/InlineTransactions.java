package io.dompet.application.fakes;

import io.dompet.application.port.out.TransactionPort;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Runs work inline, one transaction at a time, and knows whether the current thread is inside a "transaction" (to
 * catch remote calls in one). Transactions are serialized because the in-memory stores have no isolation: PostgreSQL
 * makes a writer that hits another's uncommitted unique key wait until that transaction ends, so the loser then sees
 * the winner's whole transaction (a notification's top-up AND its inbox entry); without the lock a fake loser could
 * see half of it.
 */
public final class InlineTransactions implements TransactionPort {

    private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);
    private final ReentrantLock oneAtATime = new ReentrantLock();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        oneAtATime.lock();
        depth.set(depth.get() + 1);
        try {
            return work.get();
        } finally {
            depth.set(depth.get() - 1);
            oneAtATime.unlock();
        }
    }

    public boolean isOpen() {
        return depth.get() > 0;
    }
}
