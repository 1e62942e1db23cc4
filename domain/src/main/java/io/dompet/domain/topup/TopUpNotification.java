package io.dompet.domain.topup;

import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A verified Notify Top Up: Finpay says a customer topped up {@code amount} through {@code channel}; Finpay's
 * {@code referenceNo} identifies it (a redelivery carries the same one). There is no merchant transaction id: the
 * customer is known by phone only.
 */
public record TopUpNotification(String referenceNo, PhoneNumber phoneNo, OffsetDateTime transactionDate,
                                String merchantId, Money amount, @Nullable String transactionDesc,
                                TopUpChannel channel) {

    public TopUpNotification {
        Objects.requireNonNull(referenceNo, "referenceNo");
        Objects.requireNonNull(phoneNo, "phoneNo");
        Objects.requireNonNull(transactionDate, "transactionDate");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(channel, "channel");
        if (referenceNo.isBlank() || referenceNo.length() > 64) {
            throw new InvalidTopUpException("referenceNo must be 1 to 64 characters");
        }
        if (amount.isZero()) {
            throw new InvalidTopUpException("a notified amount must be greater than zero");
        }
    }

    /** True when another delivery describes the same payment: same customer, same amount. */
    public boolean sameContentAs(PhoneNumber otherPhone, Money otherAmount) {
        return phoneNo.equals(otherPhone) && amount.equals(otherAmount);
    }

    @Override
    public String toString() {
        return "TopUpNotification[" + referenceNo + ", " + phoneNo.masked() + ", " + amount + ", " + channel + "]";
    }
}
