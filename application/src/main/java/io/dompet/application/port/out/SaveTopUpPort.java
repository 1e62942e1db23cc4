package io.dompet.application.port.out;

import io.dompet.domain.topup.TopUp;

/** Stores top-ups. Call it inside {@link TransactionPort#inTransaction}. */
public interface SaveTopUpPort {

    /**
     * Stores a new top-up.
     *
     * @throws DuplicateRecordException when its client's idempotency key or its partnerReferenceNo is already stored
     *         (the database's unique constraints decide, so concurrent inserts cannot both win)
     */
    TopUp insertTopUp(TopUp topUp);

    /**
     * Stores a changed top-up if its row still has {@code topUp.version()}, and returns it with the new version.
     *
     * @throws StaleRecordException when another writer changed the row first
     */
    TopUp updateTopUp(TopUp topUp);
}
