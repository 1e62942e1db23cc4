package io.dompet.application.port.out;

import io.dompet.domain.topup.PartnerReferenceNo;
import io.dompet.domain.topup.TopUp;
import java.util.Optional;
import java.util.function.Function;

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
     * Stores a new direct top-up in one write, unless its client's idempotency key is already taken: by a top-up of
     * the same client, or by a {@link io.dompet.domain.topup.ApiClient#LEGACY} one under that key (see
     * {@link LoadTopUpPort#loadTopUpByIdempotencyKey}). The store draws the top-up's partnerReferenceNo (the kind
     * {@link ReferenceGeneratorPort#newPartnerReferenceNo} gives) in that same write and {@code requested} makes the
     * top-up with it, so a new top-up costs one statement: no lookup before, no separate reference. Of two concurrent
     * writes of one key, the database's unique constraint lets exactly one store; the other waits for it and stores
     * nothing.
     *
     * @return the top-up as stored (version 0), or empty when the key was taken: nothing was stored, and
     *         {@link LoadTopUpPort#loadTopUpByIdempotencyKey} finds the earlier top-up
     * @throws DuplicateRecordException when the drawn partnerReferenceNo or the id is already stored (the key is not)
     */
    Optional<TopUp> insertDirectTopUpUnlessKeyTaken(Function<PartnerReferenceNo, TopUp> requested);

    /**
     * Stores a changed top-up if its row still has {@code topUp.version()}, and returns it with the new version.
     *
     * @throws StaleRecordException when another writer changed the row first
     */
    TopUp updateTopUp(TopUp topUp);

    /**
     * {@link #updateTopUp}, and when the top-up it stores is {@code SUCCEEDED}, the credit
     * {@link CreditWalletPort#creditWallet} makes of its amount, under its customer name, to its customer's wallet, in
     * the same write: the settlement and its credit are stored together or not at all (a stale top-up credits nothing),
     * and cost one statement. Call it only for a change that makes an open top-up {@code SUCCEEDED} or leaves it open
     * or failed (the domain forbids leaving a final state, so a stored {@code SUCCEEDED} is always a new one).
     *
     * @throws StaleRecordException when another writer changed the row first; nothing is credited then
     */
    TopUp updateTopUpCreditingIfSucceeded(TopUp topUp);
}
