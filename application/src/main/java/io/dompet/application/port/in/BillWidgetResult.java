package io.dompet.application.port.in;

import io.dompet.domain.billwidget.BillWidget;
import io.dompet.domain.billwidget.BillWidgetStatus;
import java.util.Objects;
import java.util.Optional;

/** A bill widget, its status against the clock, and Finpay's check-token answer if one was asked for. */
public record BillWidgetResult(BillWidget widget, BillWidgetStatus status, Optional<FinpayCheck> finpayCheck) {

    public BillWidgetResult {
        Objects.requireNonNull(widget);
        Objects.requireNonNull(status);
        Objects.requireNonNull(finpayCheck);
    }

    /** Finpay's check-token answer: {@code valid}, and Finpay's code and description when not. */
    public record FinpayCheck(boolean valid, String code, String description) {
    }
}
