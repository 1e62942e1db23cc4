package io.dompet.domain.topupwidget;

import io.dompet.domain.shared.Draft;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.shared.FinpayFailure;
import io.dompet.domain.topup.TopUpId;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a widget session, set by name, and the rules they keep together ({@link #checked}): a
 * {@link TopUpWidgetSession} keeps its state in one checked draft that nobody else holds, and a transition changes a
 * copy of it. Hand-written because the domain depends on the JDK alone; package-private, so that only
 * {@link TopUpWidgetSession} builds sessions from it.
 */
final class TopUpWidgetSessionDraft extends Draft<TopUpWidgetSessionDraft> {

    final TopUpWidgetSessionId id;
    final String transNumber;
    final PhoneNumber phoneNumber;
    TopUpWidgetStatus status = TopUpWidgetStatus.REQUESTED;
    @Nullable String widgetUrl;
    @Nullable FinpayFailure failure;
    @Nullable TopUpId completedBy;
    final Instant requestedAt;
    @Nullable Instant issuedAt;
    long version;

    TopUpWidgetSessionDraft(TopUpWidgetSessionId id, String transNumber, PhoneNumber phoneNumber, Instant requestedAt) {
        this.id = id;
        this.transNumber = transNumber;
        this.phoneNumber = phoneNumber;
        this.requestedAt = requestedAt;
    }

    /**
     * This draft once it keeps every rule of a widget session.
     *
     * @throws IllegalArgumentException naming the rule it breaks
     */
    TopUpWidgetSessionDraft checked() {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(transNumber, "transNumber");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(requestedAt, "requestedAt");
        if (!transNumber.matches("[A-Za-z0-9]{1,100}")) {
            throw new IllegalArgumentException("transNumber must be 1 to 100 letters or digits");
        }
        if ((status == TopUpWidgetStatus.OPEN || status == TopUpWidgetStatus.COMPLETED || status == TopUpWidgetStatus.EXPIRED)
                && (widgetUrl == null || issuedAt == null)) {
            throw new IllegalArgumentException("an issued widget session has its URL and issue time");
        }
        if ((status == TopUpWidgetStatus.FAILED) != (failure != null)) {
            throw new IllegalArgumentException("exactly a failed widget session carries Finpay's failure");
        }
        if ((status == TopUpWidgetStatus.COMPLETED) != (completedBy != null)) {
            throw new IllegalArgumentException("exactly a completed widget session names the top-up that completed it");
        }
        return this;
    }
}
