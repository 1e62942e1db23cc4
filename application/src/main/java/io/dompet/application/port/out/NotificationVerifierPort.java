package io.dompet.application.port.out;

import io.dompet.domain.topup.RawNotification;
import io.dompet.domain.topup.TopUpNotification;

/**
 * Checks a Notify Top Up as it arrived: Finpay's asymmetric signature over the raw body, the timestamp window, the
 * partner and merchant ids when configured, and every body field. Never throws for anything the sender did.
 */
public interface NotificationVerifierPort {

    NotificationVerification verify(RawNotification notification);

    sealed interface NotificationVerification {

        record Verified(TopUpNotification notification) implements NotificationVerification {
        }

        /** Bad or missing signature, stale or future timestamp, wrong partner or merchant. */
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
