package io.dompet.application.service;

import java.time.Duration;
import java.util.Objects;

/** What a bill widget gets when the request does not say: timeout, back and return URLs, the notify flag. */
public record BillWidgetDefaults(Duration timeout, String backUrl, String returnUrl, boolean isNotif) {

    public BillWidgetDefaults {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(backUrl, "backUrl");
        Objects.requireNonNull(returnUrl, "returnUrl");
    }
}
