package io.dompet.application.service;

import io.dompet.application.port.in.GetTopUpWidgetQuery;
import io.dompet.application.port.in.TopUpWidgetResult;
import io.dompet.application.port.out.LoadTopUpPort;
import io.dompet.application.port.out.TopUpWidgetSessionPort;
import io.dompet.application.port.out.TransactionPort;
import io.dompet.domain.topupwidget.TopUpWidgetSessionId;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/** Answers {@link GetTopUpWidgetQuery}: the session, its status against the clock, and its completing top-up. */
public final class GetTopUpWidgetService implements GetTopUpWidgetQuery {

    private final TopUpWidgetSessionPort sessions;
    private final LoadTopUpPort topUps;
    private final TransactionPort transactions;
    private final Clock clock;

    public GetTopUpWidgetService(TopUpWidgetSessionPort sessions, LoadTopUpPort topUps, TransactionPort transactions,
                                 Clock clock) {
        this.sessions = Objects.requireNonNull(sessions);
        this.topUps = Objects.requireNonNull(topUps);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Optional<TopUpWidgetResult> getWidget(TopUpWidgetSessionId id) {
        return transactions.inTransaction(() -> sessions.loadSession(Objects.requireNonNull(id)).map(session ->
                new TopUpWidgetResult(session, session.status(clock.instant()),
                        session.completedBy().flatMap(topUps::loadTopUp))));
    }
}
