package io.dompet.application.port.in;

import io.dompet.domain.topupwidget.TopUpWidgetSession;

/** What became of a widget request. */
public sealed interface OpenTopUpWidgetResult {

    /** The session is {@code OPEN} with Finpay's widget URL. */
    record Opened(TopUpWidgetSession session) implements OpenTopUpWidgetResult {
    }

    /** Finpay refused ({@code statusCode} other than 000): the session is {@code FAILED} with Finpay's code. */
    record Refused(TopUpWidgetSession session) implements OpenTopUpWidgetResult {
    }

    /** Finpay gave no usable answer: the session is {@code FAILED}, its failure says why. */
    record Unavailable(TopUpWidgetSession session) implements OpenTopUpWidgetResult {
    }
}
