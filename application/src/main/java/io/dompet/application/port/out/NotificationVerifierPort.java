package io.dompet.application.port.out;

import io.dompet.domain.topup.RawNotification;
import io.dompet.domain.topup.TopUpNotification;

/**
 * Checks a Notify Top Up as it arrived: Finpay's asymmetric signature over the raw body, the partner and merchant ids
 * when configured, every body field, and last the timestamp window. Never throws for anything the sender did.
 */
public interface NotificationVerifierPort {

    NotificationVerification verify(RawNotification notification);

    sealed interface NotificationVerification {

        record Verified(TopUpNotification notification) implements NotificationVerification {
        }

        /**
         * Signed by Finpay and valid in every field, but its {@code X-TIMESTAMP} lies outside the accepted window
         * ({@code reason} says which side). The notification is carried so that the application can acknowledge a
         * redelivery of one it has credited already; one it has not is refused like {@link Unauthenticated}.
         */
        record Stale(TopUpNotification notification, String reason) implements NotificationVerification {
        }

        /** Bad or missing signature, an unreadable timestamp, wrong partner or merchant. */
        record Unauthenticated(String reason) implements NotificationVerification {
        }

        /** Not JSON, or not a JSON object. */
        record Malformed(String reason) implements NotificationVerification {
        }

        /** {@code field} (e.g. {@code amount.value}) is missing or invalid; {@code problem} never repeats the value. */
        record InvalidField(String field, String problem, boolean missing) implements NotificationVerification {
        }
    }
}
