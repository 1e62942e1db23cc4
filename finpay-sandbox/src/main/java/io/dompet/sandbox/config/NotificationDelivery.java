package io.dompet.sandbox.config;

import java.time.Duration;

/**
 * How the sandbox delivers Notify Top Up.
 *
 * @param retryBaseDelay the wait before a delivery's second attempt (500 ms); it doubles after each further failed
 *                       attempt (0.5 s, 1 s, 2 s, 4 s, …, at most {@link #MAX_RETRY_DELAY})
 * @param attempts       how many attempts one delivery makes before it gives up ({@value #DEFAULT_ATTEMPTS}, 1 to
 *                       {@value #MAX_ATTEMPTS}); the first attempt counts
 * @param prettyPrint    whether bodies are sent indented over several lines (signed over their minified form, to
 *                       exercise the merchant's minification) instead of compact
 */
public record NotificationDelivery(Duration retryBaseDelay, int attempts, boolean prettyPrint) {

    public static final Duration DEFAULT_RETRY_BASE_DELAY = Duration.ofMillis(500);
    public static final int DEFAULT_ATTEMPTS = 6;
    public static final int MAX_ATTEMPTS = 20;
    public static final Duration MAX_RETRY_DELAY = Duration.ofSeconds(60);

    public NotificationDelivery {
        Durations.requireNotNegative(retryBaseDelay, "notificationRetryBaseDelay");
        if (attempts < 1 || attempts > MAX_ATTEMPTS) {
            throw new IllegalArgumentException("notificationAttempts must be between 1 and " + MAX_ATTEMPTS + ": "
                    + attempts);
        }
    }

    /** Compact bodies, six attempts, half a second before the second. */
    public static NotificationDelivery defaults() {
        return new NotificationDelivery(DEFAULT_RETRY_BASE_DELAY, DEFAULT_ATTEMPTS, false);
    }
}
