package io.dompet.domain.billwidget;

import java.util.Objects;

/** A Finpay biller product code: exactly six digits, e.g. {@code 080003} (BPJS Kesehatan). */
public record ProductCode(String value) {

    public ProductCode {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[0-9]{6}")) {
            throw new InvalidBillWidgetException("a product code is exactly six digits");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
