package io.dompet.application.service;

import io.dompet.application.port.in.OpenTopUpWidgetCommand;
import io.dompet.application.port.in.OpenTopUpWidgetResult;
import io.dompet.application.port.in.OpenTopUpWidgetUseCase;
import io.dompet.application.port.out.ReferenceGeneratorPort;
import io.dompet.application.port.out.TopUpWidgetPort;
import io.dompet.application.port.out.TopUpWidgetPort.WidgetOutcome;
import io.dompet.application.port.out.TopUpWidgetPort.WidgetRequest;
import io.dompet.application.port.out.TopUpWidgetSessionPort;
import io.dompet.application.port.out.TransactionPort;
import io.dompet.domain.shared.FinpayFailure;
import io.dompet.domain.topupwidget.TopUpWidgetSession;
import java.time.Clock;
import java.util.Objects;

/**
 * Issues a top-up widget: the session is stored ({@code REQUESTED}, unique {@code transNumber}) and committed before
 * Finpay is asked; Finpay's answer is recorded in a second transaction ({@code OPEN} with the URL, or {@code FAILED}
 * with Finpay's code), so no session is ever left half-written.
 */
public final class OpenTopUpWidgetService implements OpenTopUpWidgetUseCase {

    private final TopUpWidgetPort finpay;
    private final TopUpWidgetSessionPort sessions;
    private final TransactionPort transactions;
    private final ReferenceGeneratorPort references;
    private final Clock clock;

    public OpenTopUpWidgetService(TopUpWidgetPort finpay, TopUpWidgetSessionPort sessions,
                                  TransactionPort transactions, ReferenceGeneratorPort references, Clock clock) {
        this.finpay = Objects.requireNonNull(finpay);
        this.sessions = Objects.requireNonNull(sessions);
        this.transactions = Objects.requireNonNull(transactions);
        this.references = Objects.requireNonNull(references);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public OpenTopUpWidgetResult open(OpenTopUpWidgetCommand command) {
        TopUpWidgetSession requested = transactions.inTransaction(() -> sessions.insertSession(TopUpWidgetSession.request(
                references.newWidgetSessionId(), references.newTransNumber(), command.phoneNumber(), clock.instant())));
        WidgetOutcome outcome = finpay.openWidget(
                new WidgetRequest(requested.transNumber(), requested.phoneNumber(), clock.instant()));
        if (outcome instanceof WidgetOutcome.Issued issued) {
            return new OpenTopUpWidgetResult.Opened(store(requested.open(issued.widgetUrl(), clock.instant())));
        }
        if (outcome instanceof WidgetOutcome.Refused refused) {
            return new OpenTopUpWidgetResult.Refused(store(requested.fail(refused.failure(), clock.instant())));
        }
        String reason = ((WidgetOutcome.Unknown) outcome).reason();
        return new OpenTopUpWidgetResult.Unavailable(store(requested.fail(new FinpayFailure(
                FinpayFailure.WIDGET_UNAVAILABLE, "Finpay's widget API gave no usable answer (" + reason + ")"),
                clock.instant())));
    }

    private TopUpWidgetSession store(TopUpWidgetSession changed) {
        return transactions.inTransaction(() -> sessions.updateSession(changed));
    }
}
