package io.dompet.application.service;

import io.dompet.application.port.in.GetTopUpQuery;
import io.dompet.application.port.in.GetTopUpWidgetQuery;
import io.dompet.application.port.in.GetWalletQuery;
import io.dompet.application.port.in.ListBillersQuery;
import io.dompet.application.port.in.TopUpWidgetResult;
import io.dompet.application.port.in.WalletResult;
import io.dompet.application.port.out.BillerCatalogPort;
import io.dompet.application.port.out.LoadTopUpPort;
import io.dompet.application.port.out.LoadWalletPort;
import io.dompet.application.port.out.TopUpWidgetSessionPort;
import io.dompet.application.port.out.TransactionPort;
import io.dompet.domain.billwidget.Biller;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpId;
import io.dompet.domain.topupwidget.TopUpWidgetSessionId;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers the queries that only read what dompet stored, each in one transaction: a top-up, a wallet with its latest
 * top-ups, a widget session with its status as of the clock and its completing top-up, the biller catalogue. (A bill
 * widget is read by {@link GetBillWidgetService}, which may also ask Finpay.)
 */
public final class QueryService implements GetTopUpQuery, GetWalletQuery, GetTopUpWidgetQuery, ListBillersQuery {

    private final LoadTopUpPort topUps;
    private final LoadWalletPort wallets;
    private final TopUpWidgetSessionPort sessions;
    private final BillerCatalogPort catalog;
    private final TransactionPort transactions;
    private final Clock clock;

    public QueryService(LoadTopUpPort topUps, LoadWalletPort wallets, TopUpWidgetSessionPort sessions,
                        BillerCatalogPort catalog, TransactionPort transactions, Clock clock) {
        this.topUps = Objects.requireNonNull(topUps);
        this.wallets = Objects.requireNonNull(wallets);
        this.sessions = Objects.requireNonNull(sessions);
        this.catalog = Objects.requireNonNull(catalog);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Optional<TopUp> getTopUp(TopUpId id) {
        return transactions.inTransaction(() -> topUps.loadTopUp(Objects.requireNonNull(id)));
    }

    @Override
    public Optional<WalletResult> getWallet(PhoneNumber customerNumber) {
        Objects.requireNonNull(customerNumber);
        return transactions.inTransaction(() -> wallets.loadWallet(customerNumber)
                .map(wallet -> new WalletResult(wallet, topUps.loadLatestTopUps(customerNumber, LATEST_TOP_UPS))));
    }

    @Override
    public Optional<TopUpWidgetResult> getWidget(TopUpWidgetSessionId id) {
        return transactions.inTransaction(() -> sessions.loadSession(Objects.requireNonNull(id)).map(session ->
                new TopUpWidgetResult(session, session.status(clock.instant()),
                        session.completedBy().flatMap(topUps::loadTopUp))));
    }

    @Override
    public List<Biller> listBillers() {
        return transactions.inTransaction(catalog::listBillers);
    }
}
