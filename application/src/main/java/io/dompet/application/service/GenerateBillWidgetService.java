package io.dompet.application.service;

import io.dompet.application.port.in.GenerateBillWidgetCommand;
import io.dompet.application.port.in.GenerateBillWidgetResult;
import io.dompet.application.port.in.GenerateBillWidgetUseCase;
import io.dompet.application.port.out.BillWidgetPort;
import io.dompet.application.port.out.BillWidgetPort.GenerateOutcome;
import io.dompet.application.port.out.BillWidgetPort.GenerateRequest;
import io.dompet.application.port.out.BillWidgetStorePort;
import io.dompet.application.port.out.BillerCatalogPort;
import io.dompet.application.port.out.ReferenceGeneratorPort;
import io.dompet.application.port.out.TransactionPort;
import io.dompet.domain.billwidget.BillWidget;
import io.dompet.domain.billwidget.ProductCode;
import io.dompet.domain.shared.FinpayFailure;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Issues a bill widget: product codes checked against the catalogue (unknown ones refused, nothing stored); the widget
 * stored {@code REQUESTED} with fresh {@code trxId}/{@code uniqKey} and committed before Finpay is asked; Finpay's
 * answer recorded in a second transaction ({@code ISSUED} with the redirect URL and token, or {@code FAILED}).
 */
public final class GenerateBillWidgetService implements GenerateBillWidgetUseCase {

    private final BillWidgetPort finpay;
    private final BillWidgetStorePort widgets;
    private final BillerCatalogPort catalog;
    private final TransactionPort transactions;
    private final ReferenceGeneratorPort references;
    private final BillWidgetDefaults defaults;
    private final Clock clock;

    public GenerateBillWidgetService(BillWidgetPort finpay, BillWidgetStorePort widgets, BillerCatalogPort catalog,
                                     TransactionPort transactions, ReferenceGeneratorPort references,
                                     BillWidgetDefaults defaults, Clock clock) {
        this.finpay = Objects.requireNonNull(finpay);
        this.widgets = Objects.requireNonNull(widgets);
        this.catalog = Objects.requireNonNull(catalog);
        this.transactions = Objects.requireNonNull(transactions);
        this.references = Objects.requireNonNull(references);
        this.defaults = Objects.requireNonNull(defaults);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public GenerateBillWidgetResult generate(GenerateBillWidgetCommand command) {
        List<ProductCode> unknown = transactions.inTransaction(() -> catalog.unknownProductCodes(command.productCodes()));
        if (!unknown.isEmpty()) {
            return new GenerateBillWidgetResult.UnknownProductCodes(unknown);
        }
        BillWidget requested = BillWidget.request(references.newBillWidgetId(), references.newBillWidgetKey(),
                references.newBillWidgetKey(), command.productCodes(), command.billInfo(),
                command.isNotif() != null ? command.isNotif() : defaults.isNotif(),
                command.timeout() != null ? command.timeout() : defaults.timeout(),
                command.backUrl() != null ? command.backUrl() : defaults.backUrl(),
                command.returnUrl() != null ? command.returnUrl() : defaults.returnUrl(), clock.instant());
        BillWidget stored = transactions.inTransaction(() -> widgets.insertBillWidget(requested));
        GenerateOutcome outcome = finpay.generate(new GenerateRequest(stored.trxId(), stored.uniqKey(),
                stored.productCodes(), stored.billInfo().orElse(null), stored.isNotif(), stored.timeout(),
                stored.backUrl(), stored.returnUrl(), clock.instant()));
        if (outcome instanceof GenerateOutcome.Generated generated) {
            return new GenerateBillWidgetResult.Generated(
                    store(stored.issue(generated.redirectUrl(), generated.token(), clock.instant())));
        }
        if (outcome instanceof GenerateOutcome.Refused refused) {
            return new GenerateBillWidgetResult.Refused(store(stored.fail(refused.failure(), clock.instant())));
        }
        String reason = ((GenerateOutcome.Unknown) outcome).reason();
        return new GenerateBillWidgetResult.Unavailable(store(stored.fail(new FinpayFailure(
                FinpayFailure.BILL_WIDGET_UNAVAILABLE, "Finpay's widget API gave no usable answer (" + reason + ")"),
                clock.instant())));
    }

    private BillWidget store(BillWidget changed) {
        return transactions.inTransaction(() -> widgets.updateBillWidget(changed));
    }
}
