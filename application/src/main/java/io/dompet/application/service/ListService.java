package io.dompet.application.service;

import io.dompet.application.port.page.BillWidgetFilter;
import io.dompet.application.port.in.BillWidgetResult;
import io.dompet.application.port.in.ListBillWidgetsQuery;
import io.dompet.application.port.in.ListTopUpWidgetsQuery;
import io.dompet.application.port.in.ListTopUpsQuery;
import io.dompet.application.port.page.Page;
import io.dompet.application.port.page.PageCursor;
import io.dompet.application.port.page.TopUpFilter;
import io.dompet.application.port.page.TopUpWidgetFilter;
import io.dompet.application.port.in.TopUpWidgetResult;
import io.dompet.application.port.out.ListWidgetsPort;
import io.dompet.application.port.out.LoadTopUpPort;
import io.dompet.application.port.out.ListTopUpsPort;
import io.dompet.application.port.out.TransactionPort;
import io.dompet.domain.topup.TopUp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Answers the lists, newest first, a page at a time, each page in one transaction: one more row than the page is read,
 * to learn whether more follow, and the next page starts strictly after the last item shown (keyset pagination), so
 * that rows inserted meanwhile neither repeat nor hide one.
 */
public final class ListService implements ListTopUpsQuery, ListTopUpWidgetsQuery, ListBillWidgetsQuery {

    private final ListTopUpsPort topUps;
    private final ListWidgetsPort widgets;
    private final LoadTopUpPort loads;
    private final TransactionPort transactions;
    private final Clock clock;

    public ListService(ListTopUpsPort topUps, ListWidgetsPort widgets, LoadTopUpPort loads,
                       TransactionPort transactions, Clock clock) {
        this.topUps = Objects.requireNonNull(topUps);
        this.widgets = Objects.requireNonNull(widgets);
        this.loads = Objects.requireNonNull(loads);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Each session as {@code GET /api/v1/top-up-widgets/{id}} reads it: its status now and its completing top-up. */
    @Override
    public Page<TopUpWidgetResult> listTopUpWidgets(TopUpWidgetFilter filter, @Nullable PageCursor after, int limit) {
        requireValid(limit);
        Instant now = clock.instant();
        List<TopUpWidgetResult> read = transactions.inTransaction(() -> widgets
                .listTopUpWidgets(Objects.requireNonNull(filter), after, limit + 1, now).stream()
                .map(session -> new TopUpWidgetResult(session, session.status(now),
                        session.completedBy().flatMap(loads::loadTopUp)))
                .toList());
        return Page.of(read, limit,
                result -> new PageCursor(result.session().requestedAt(), result.session().id().value()));
    }

    /** Each widget as {@code GET /api/v1/bill-widgets/{id}} reads it (without asking Finpay). */
    @Override
    public Page<BillWidgetResult> listBillWidgets(BillWidgetFilter filter, @Nullable PageCursor after, int limit) {
        requireValid(limit);
        Instant now = clock.instant();
        List<BillWidgetResult> read = transactions.inTransaction(() -> widgets
                .listBillWidgets(Objects.requireNonNull(filter), after, limit + 1, now).stream()
                .map(widget -> new BillWidgetResult(widget, widget.status(now), Optional.empty()))
                .toList());
        return Page.of(read, limit,
                result -> new PageCursor(result.widget().requestedAt(), result.widget().id().value()));
    }

    @Override
    public Page<TopUp> listTopUps(TopUpFilter filter, @Nullable PageCursor after, int limit) {
        requireValid(limit);
        Objects.requireNonNull(filter, "filter");
        return Page.of(transactions.inTransaction(() -> topUps.listTopUps(filter, after, limit + 1)), limit,
                topUp -> new PageCursor(topUp.createdAt(), topUp.id().value()));
    }

    private static void requireValid(int limit) {
        if (!Page.isValidLimit(limit)) {
            throw new IllegalArgumentException("limit must be 1 to " + Page.MAX_LIMIT);
        }
    }
}
