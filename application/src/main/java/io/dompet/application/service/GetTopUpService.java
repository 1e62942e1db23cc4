package io.dompet.application.service;

import io.dompet.application.port.in.GetTopUpQuery;
import io.dompet.application.port.out.LoadTopUpPort;
import io.dompet.application.port.out.TransactionPort;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpId;
import java.util.Objects;
import java.util.Optional;

/** Answers {@link GetTopUpQuery} from the top-up store. */
public final class GetTopUpService implements GetTopUpQuery {

    private final LoadTopUpPort topUps;
    private final TransactionPort transactions;

    public GetTopUpService(LoadTopUpPort topUps, TransactionPort transactions) {
        this.topUps = Objects.requireNonNull(topUps);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public Optional<TopUp> getTopUp(TopUpId id) {
        return transactions.inTransaction(() -> topUps.loadTopUp(Objects.requireNonNull(id)));
    }
}
