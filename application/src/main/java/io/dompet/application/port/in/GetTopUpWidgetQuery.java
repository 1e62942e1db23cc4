package io.dompet.application.port.in;

import io.dompet.domain.topupwidget.TopUpWidgetSessionId;
import java.util.Optional;

/** Reads a widget session, its status as of now, and the top-up that completed it. */
public interface GetTopUpWidgetQuery {

    Optional<TopUpWidgetResult> getWidget(TopUpWidgetSessionId id);
}
