package io.dompet.application.port.out;

import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.RawNotification;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpChannel;
import io.dompet.domain.topup.TopUpId;
import java.util.Objects;
import java.util.Optional;

/** The inbox of received notifications, one per Finpay {@code referenceNo}. Call it inside a transaction. */
public interface NotificationInboxPort {

    /**
     * Stores a new notification with everything it changes, all or nothing: the notified {@code topUp} (at version 0),
     * its inbox {@code entry} (which must describe that top-up: same id, referenceNo, phone and amount), and the
     * credit of its amount to the customer's wallet, as {@link CreditWalletPort#creditWallet} with no name does. One
     * call instead of three, so that the store may do it in one round trip.
     *
     * @return the top-up as stored
     * @throws DuplicateRecordException when a notified top-up or an inbox entry with the same {@code referenceNo} is
     *         stored already (the database's unique constraints decide); nothing is then written
     */
    TopUp recordCreditedNotification(TopUp topUp, InboxEntry entry);

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
