package io.dompet.application.service;

import io.dompet.application.port.out.CreditWalletPort;
import io.dompet.application.port.out.LoadTopUpPort;
import io.dompet.application.port.out.SaveTopUpPort;
import io.dompet.application.port.out.StaleTopUpException;
import io.dompet.application.port.out.TransactionPort;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpStatus;
import java.util.function.UnaryOperator;

/**
 * Records a change of a top-up in one short transaction, and credits the wallet in that same transaction when the
 * change makes it {@code SUCCEEDED}. The optimistic-locking update makes the transition to {@code SUCCEEDED} (and so
 * the credit) happen at most once, however many writers race: a writer that loses re-reads the top-up and applies
 * its change only if the top-up is still open.
 */
final class TopUpSettlement {

    private final LoadTopUpPort loads;
    private final SaveTopUpPort saves;
    private final CreditWalletPort wallets;
    private final TransactionPort transactions;

    TopUpSettlement(LoadTopUpPort loads, SaveTopUpPort saves, CreditWalletPort wallets, TransactionPort transactions) {
        this.loads = loads;
        this.saves = saves;
        this.wallets = wallets;
        this.transactions = transactions;
    }

    /** Applies {@code change} to {@code current} and stores it; returns the top-up as stored afterwards. */
    TopUp apply(TopUp current, UnaryOperator<TopUp> change) {
        try {
            return store(current, change);
        } catch (StaleTopUpException stale) {
            TopUp reloaded = transactions.inTransaction(() -> loads.loadTopUp(current.id())).orElseThrow(() -> stale);
            if (reloaded.status().isFinal()) {
                return reloaded;
            }
            return store(reloaded, change);
        }
    }

    private TopUp store(TopUp current, UnaryOperator<TopUp> change) {
        TopUp changed = change.apply(current);
        return transactions.inTransaction(() -> {
            TopUp stored = saves.updateTopUp(changed);
            // a change can only produce SUCCEEDED from an open top-up (the domain forbids leaving a final state)
            if (stored.status() == TopUpStatus.SUCCEEDED) {
                wallets.creditWallet(stored.customerNumber(), stored.customerName().orElse(null), stored.amount());
            }
            return stored;
        });
    }
}
