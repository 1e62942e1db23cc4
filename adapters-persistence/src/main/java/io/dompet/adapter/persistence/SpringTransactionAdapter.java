package io.dompet.adapter.persistence;

import io.dompet.application.port.out.StoreUnavailableException;
import io.dompet.application.port.out.TransactionPort;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link TransactionPort} on Spring's {@link TransactionTemplate}: the work commits when it returns and rolls back
 * when it throws. Services hand it database work only, never a remote call. A database that cannot be reached (no
 * connection, a broken one, a failed commit) becomes the application's {@link StoreUnavailableException}
 * ({@link StoreFailures}), so that the callers answer "try again later" instead of an internal error.
 */
public class SpringTransactionAdapter implements TransactionPort {

    private final TransactionTemplate template;

    public SpringTransactionAdapter(PlatformTransactionManager transactionManager) {
        this.template = new TransactionTemplate(Objects.requireNonNull(transactionManager));
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return StoreFailures.translated(() -> template.execute(status -> work.get()));
    }
}
