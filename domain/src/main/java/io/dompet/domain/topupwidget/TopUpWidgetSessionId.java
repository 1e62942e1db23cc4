package io.dompet.domain.topupwidget;

import io.dompet.domain.shared.RecordId;
import io.dompet.domain.topup.InvalidTopUpException;
import java.util.Objects;
import java.util.UUID;

/** dompet's identifier of a top-up widget session ({@code /api/v1/top-up-widgets/{id}}). */
public record TopUpWidgetSessionId(UUID value) implements RecordId {

    public TopUpWidgetSessionId {
        Objects.requireNonNull(value, "value");
    }

    public static TopUpWidgetSessionId parse(String text) {
        return new TopUpWidgetSessionId(
                RecordId.parse(text, () -> new InvalidTopUpException("widget session id must be a UUID")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
