package io.dompet.domain.topup;

import io.dompet.domain.shared.RecordId;
import java.util.Objects;
import java.util.UUID;

/** dompet's own identifier of a top-up, as clients see it in {@code /api/v1/top-ups/{id}}. */
public record TopUpId(UUID value) implements RecordId {

    public TopUpId {
        Objects.requireNonNull(value, "value must not be null");
    }

    public static TopUpId parse(String text) {
        return new TopUpId(RecordId.parse(text, () -> new InvalidTopUpException("top-up id must be a UUID")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
