package io.dompet.domain.topup;

import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A Notify Top Up refused because its {@code referenceNo} was credited before with another amount or phone: recorded
 * once per distinct content (credited nothing) until an operator acknowledges it. Times are the database's.
 */
public record NotificationConflict(UUID id, String referenceNo, PhoneNumber customerNumber, Money amount,
                                   TopUpChannel channel, Instant receivedAt, @Nullable Instant acknowledgedAt,
                                   @Nullable ApiClient acknowledgedBy, long version) {

    public NotificationConflict {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(referenceNo, "referenceNo");
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if ((acknowledgedAt == null) != (acknowledgedBy == null)) {
            throw new IllegalArgumentException("an acknowledged conflict says when and by whom");
        }
    }

    public boolean isAcknowledged() {
        return acknowledgedAt != null;
    }

    /** The status an audit row records: {@code OPEN} or {@code ACKNOWLEDGED}. */
    public String status() {
        return isAcknowledged() ? "ACKNOWLEDGED" : "OPEN";
    }
}
