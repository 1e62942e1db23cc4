package io.dompet.sandbox.notify;

/**
 * How one Notify Top Up sent from Java code ({@link NotifyApi#send}) ended.
 *
 * @param referenceNo  the notification's {@code referenceNo} ({@code FPN…})
 * @param delivered    whether the merchant answered 2xx (on any attempt)
 * @param status       the last attempt's HTTP status; {@code null} when it got no answer
 * @param responseCode the {@code responseCode} of the merchant's last answer, when it had one
 * @param attempts     how many attempts were made
 */
public record NotificationOutcome(String referenceNo, boolean delivered, Integer status, String responseCode,
                                  int attempts) {
}
