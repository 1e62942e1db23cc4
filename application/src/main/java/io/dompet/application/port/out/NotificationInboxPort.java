package io.dompet.application.port.out;

import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.RawNotification;
import io.dompet.domain.topup.TopUpChannel;
import io.dompet.domain.topup.TopUpId;
import java.util.Objects;
import java.util.Optional;

/** The inbox of received notifications, one per Finpay {@code referenceNo}. Call it inside a transaction. */
public interface NotificationInboxPort {

    /**
     * Stores a received notification.
     *
     * @throws DuplicateRecordException when one with the same {@code referenceNo} is stored already (the
     *         database's unique constraint decides, so concurrent deliveries cannot both be stored)
     */
    void recordNotification(InboxEntry entry);

    Optional<InboxEntry> loadNotification(String referenceNo);

    /** A stored notification: what it said, the top-up it created, and the message as it arrived. */
    record InboxEntry(String referenceNo, TopUpId topUpId, PhoneNumber phoneNo, Money amount, TopUpChannel channel,
                      RawNotification raw) {
        public InboxEntry {
            Objects.requireNonNull(referenceNo);
            Objects.requireNonNull(topUpId);
            Objects.requireNonNull(phoneNo);
            Objects.requireNonNull(amount);
            Objects.requireNonNull(channel);
            Objects.requireNonNull(raw);
        }
    }
}
