package io.dompet.application.service;

import java.time.Duration;
import java.util.Objects;

/**
 * When a failed webhook attempt is tried again: {@code firstRetry} after the first failure, doubling after each
 * further one up to {@code maxInterval}, until the delivery is older than {@code giveUpAfter}; then it is failed.
 *
 * @param firstRetry  wait after the first failed attempt
 * @param maxInterval the longest wait between two attempts
 * @param giveUpAfter how long after it was scheduled a delivery is still tried
 */
public record WebhookRetryPolicy(Duration firstRetry, Duration maxInterval, Duration giveUpAfter) {

    /** Standard Webhooks' suggestion, about: 5 s, then growing to hours, for 3 days. */
    public static final WebhookRetryPolicy DEFAULT =
            new WebhookRetryPolicy(Duration.ofSeconds(5), Duration.ofHours(5), Duration.ofDays(3));

    public WebhookRetryPolicy {
        Objects.requireNonNull(firstRetry);
        Objects.requireNonNull(maxInterval);
        Objects.requireNonNull(giveUpAfter);
        if (firstRetry.isNegative() || firstRetry.isZero() || maxInterval.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("firstRetry must be positive and at most maxInterval");
        }
    }

    /** The wait after the {@code failedAttempts}-th failed attempt (1 for the first). */
    public Duration retryAfter(int failedAttempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < failedAttempts && wait.compareTo(maxInterval) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxInterval) > 0 ? maxInterval : wait;
    }

    /** Whether a delivery scheduled {@code age} ago and failing now is given up. */
    public boolean givesUp(Duration age) {
        return age.compareTo(giveUpAfter) >= 0;
    }
}
