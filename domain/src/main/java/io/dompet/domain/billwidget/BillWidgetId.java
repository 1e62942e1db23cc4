package io.dompet.domain.billwidget;

import java.util.Objects;
import java.util.UUID;

/** dompet's identifier of a bill widget ({@code /api/v1/bill-widgets/{id}}). */
public record BillWidgetId(UUID value) {

    public BillWidgetId {
        Objects.requireNonNull(value, "value");
    }

    public static BillWidgetId parse(String text) {
        try {
            return new BillWidgetId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidBillWidgetException("bill widget id must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
