package io.dompet.adapter.persistence;

import io.dompet.application.port.out.StoreUnavailableException;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * The one place where a database that cannot be reached (no connection, a pool that gave none in time, a broken
 * connection, a failed commit) becomes the application's {@link StoreUnavailableException}, so that callers answer
 * "try again later" (503 with {@code Retry-After}) instead of an internal error. Used by every statement that runs
 * outside {@link SpringTransactionAdapter}'s transactions too (the reference sequences).
 */
final class StoreFailures {

    private StoreFailures() {
    }

    static <T> T translated(Supplier<T> work) {
        try {
            return work.get();
        } catch (CannotCreateTransactionException | DataAccessResourceFailureException
                 | TransientDataAccessResourceException | QueryTimeoutException | TransactionSystemException e) {
            throw new StoreUnavailableException("the database is unavailable (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}
