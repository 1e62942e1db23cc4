package io.dompet.application.port.in;

import io.dompet.domain.topupwidget.TopUpWidgetSession;

/** What became of a widget request. */
public sealed interface OpenTopUpWidgetResult {

    /** The session is {@code OPEN} with Finpay's widget URL. */
    record Opened(TopUpWidgetSession session) implements OpenTopUpWidgetResult {
    }

    /** Finpay refused ({@code statusCode} other than 000); the session is {@code FAILED}. */
    record Refused(TopUpWidgetSession session, String statusCode, String statusDesc) implements OpenTopUpWidgetResult {
    }

    /** Finpay gave no usable answer; the session is {@code FAILED}. */
    record Unavailable(TopUpWidgetSession session, String reason) implements OpenTopUpWidgetResult {
    }
}
