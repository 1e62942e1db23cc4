package io.dompet.adapter.persistence;

import io.dompet.application.port.out.StoreUnavailableException;
import io.dompet.application.port.out.TransactionPort;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link TransactionPort} on Spring's {@link TransactionTemplate}: the work commits when it returns and rolls back
 * when it throws. Services hand it database work only, never a remote call. A database that cannot be reached (no
 * connection, a broken one, a failed commit) becomes the application's {@link StoreUnavailableException}, so that the
 * callers answer "try again later" instead of an internal error.
 */
public class SpringTransactionAdapter implements TransactionPort {

    private final TransactionTemplate template;

    public SpringTransactionAdapter(PlatformTransactionManager transactionManager) {
        this.template = new TransactionTemplate(Objects.requireNonNull(transactionManager));
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        try {
            return template.execute(status -> work.get());
        } catch (CannotCreateTransactionException | DataAccessResourceFailureException
                 | TransientDataAccessResourceException | QueryTimeoutException | TransactionSystemException e) {
            throw new StoreUnavailableException("the database is unavailable (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}
