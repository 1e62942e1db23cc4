package io.dompet.application.port.out;

import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpId;
import java.time.Duration;
import java.util.Optional;

/**
 * The reconciler's share of the top-ups due for a status inquiry, split between dompet instances by leases in the
 * stored rows, on the database's clock. A lease is not a change of the top-up: it does not count as a new version,
 * and any versioned update of the row ({@link SaveTopUpPort#updateTopUp}) ends it. Each method is one statement:
 * call it in a {@link TransactionPort#inTransaction} of its own, committed before Finpay is asked anything.
 */
public interface TopUpCheckLeasePort {

    /**
     * Leases the next direct top-up due for a status inquiry to the caller until {@code lease} from now, so that no
     * other reconciler checks it meanwhile; empty when none is due. Due, by the database's clock: a {@code PENDING}
     * top-up whose next check has come; a {@code REQUESTED} or {@code SENDING} one untouched for longer than
     * {@code staleAfter} (the request that owned it is gone) whose next check, if any, has come; in either case not
     * under another unexpired lease. Oldest check first. Of concurrent callers, each gets a different top-up.
     */
    Optional<TopUp> leaseNextTopUpDueForCheck(Duration staleAfter, Duration lease);

    /**
     * Leases the open direct top-up {@code id} to the caller until {@code lease} from now, for a check asked for by a
     * person; empty when it is not open, not direct, or under another unexpired lease (another instance checks it).
     */
    Optional<TopUp> leaseTopUp(TopUpId id, Duration lease);

    /** Ends the lease on {@code id} without a check (the reconciler is stopping), so another may check it at once. */
    void releaseLease(TopUpId id);

    /**
     * Pushes the next check of the open top-up {@code id} out to {@code delay} from now and ends its lease, changing
     * nothing else: for a top-up whose check broke unexpectedly, so that it does not block every run. Cannot fail on
     * the row's data.
     */
    void postponeCheck(TopUpId id, Duration delay);
}
