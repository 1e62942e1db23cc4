package io.dompet.domain.billwidget;

import io.dompet.domain.shared.RecordId;
import java.util.Objects;
import java.util.UUID;

/** dompet's identifier of a bill widget ({@code /api/v1/bill-widgets/{id}}). */
public record BillWidgetId(UUID value) implements RecordId {

    public BillWidgetId {
        Objects.requireNonNull(value, "value");
    }

    public static BillWidgetId parse(String text) {
        return new BillWidgetId(RecordId.parse(text, () -> new InvalidBillWidgetException("bill widget id must be a UUID")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
