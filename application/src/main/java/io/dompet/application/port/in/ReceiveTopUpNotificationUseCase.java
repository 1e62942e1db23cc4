package io.dompet.application.port.in;

import io.dompet.domain.topup.RawNotification;

/**
 * Receives Finpay's Notify Top Up as it arrived: verifies it, and credits the wallet exactly once per Finpay
 * {@code referenceNo}, however often and however concurrently the notification is delivered. The answer is given
 * only after the credit is durable.
 */
public interface ReceiveTopUpNotificationUseCase {

    NotificationResult receive(RawNotification notification);
}
