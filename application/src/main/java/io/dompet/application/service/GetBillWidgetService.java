package io.dompet.application.service;

import io.dompet.application.port.in.BillWidgetResult;
import io.dompet.application.port.in.BillWidgetResult.FinpayCheck;
import io.dompet.application.port.in.GetBillWidgetQuery;
import io.dompet.application.port.out.BillWidgetPort;
import io.dompet.application.port.out.BillWidgetPort.CheckOutcome;
import io.dompet.application.port.out.BillWidgetStorePort;
import io.dompet.application.port.out.TransactionPort;
import io.dompet.domain.billwidget.BillWidget;
import io.dompet.domain.billwidget.BillWidgetId;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/** Answers {@link GetBillWidgetQuery}; the optional check with Finpay happens outside any transaction. */
public final class GetBillWidgetService implements GetBillWidgetQuery {

    private final BillWidgetStorePort widgets;
    private final BillWidgetPort finpay;
    private final TransactionPort transactions;
    private final Clock clock;

    public GetBillWidgetService(BillWidgetStorePort widgets, BillWidgetPort finpay, TransactionPort transactions,
                                Clock clock) {
        this.widgets = Objects.requireNonNull(widgets);
        this.finpay = Objects.requireNonNull(finpay);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Optional<BillWidgetResult> getBillWidget(BillWidgetId id, boolean checkWithFinpay) {
        Optional<BillWidget> found = transactions.inTransaction(() -> widgets.loadBillWidget(Objects.requireNonNull(id)));
        return found.map(widget -> new BillWidgetResult(widget, widget.status(clock.instant()),
                checkWithFinpay ? widget.token().map(this::check) : Optional.empty()));
    }

    private FinpayCheck check(String token) {
        CheckOutcome outcome = finpay.check(token);
        if (outcome instanceof CheckOutcome.Valid) {
            return new FinpayCheck(true, "2000000", "valid");
        }
        if (outcome instanceof CheckOutcome.Invalid invalid) {
            return new FinpayCheck(false, invalid.failure().code(), invalid.failure().message());
        }
        return new FinpayCheck(false, "UNKNOWN", ((CheckOutcome.Unknown) outcome).reason());
    }
}
