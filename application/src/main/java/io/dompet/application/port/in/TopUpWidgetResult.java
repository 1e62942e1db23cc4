package io.dompet.application.port.in;

import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topupwidget.TopUpWidgetSession;
import io.dompet.domain.topupwidget.TopUpWidgetStatus;
import java.util.Objects;
import java.util.Optional;

/** A widget session with its status as of the query (expiry applied) and, once completed, its top-up. */
public record TopUpWidgetResult(TopUpWidgetSession session, TopUpWidgetStatus status, Optional<TopUp> completingTopUp) {

    public TopUpWidgetResult {
        Objects.requireNonNull(session);
        Objects.requireNonNull(status);
        Objects.requireNonNull(completingTopUp);
    }
}
