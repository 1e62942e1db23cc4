package io.dompet.autoconfigure.metrics;

import io.dompet.adapter.finpay.transport.FinpayHttp;

/**
 * The name of every meter of dompet's own, in one place (Micrometer's dotted names; Prometheus shows them with
 * underscores and a unit suffix, e.g. {@code dompet_finpay_calls_seconds_count}). Tags take values from small fixed
 * sets only: never a phone number, a reference or free text. docs/runbook.md has one alert line per meter.
 */
public final class DompetMeters {

    /** Timer of each exchange with Finpay, tagged {@code operation} and {@code outcome} (defined by the transport). */
    public static final String FINPAY_CALLS = FinpayHttp.CALLS;
    /** Counter of direct top-up requests by the {@code status} they answered: {@link TopUpResults}. */
    public static final String TOP_UPS = "dompet.top-ups";
    /** Counter of Finpay's Notify Top Up deliveries by {@code result}: {@link NotificationResults}. */
    public static final String NOTIFICATIONS = "dompet.notifications";
    /** Counter of webhook delivery attempts by {@code result}: {@code delivered}, {@code refused}, {@code failed}. */
    public static final String WEBHOOK_DELIVERIES = "dompet.webhook.deliveries";
    /** Gauge: webhook deliveries waiting (PENDING), every endpoint together. */
    public static final String WEBHOOK_BACKLOG = "dompet.webhook.deliveries.backlog";
    /** Gauge: open top-ups flagged {@code needsReview} (the reconciler gave up: a person must decide). */
    public static final String TOP_UPS_NEEDING_REVIEW = "dompet.top-ups.needing-review";
    /** Gauge: seconds since the oldest open (REQUESTED, SENDING or PENDING) top-up was created; 0 when none is open. */
    public static final String OLDEST_OPEN_TOP_UP_AGE = "dompet.top-ups.oldest-open.age";
    /** Gauge: notification conflicts not yet acknowledged. */
    public static final String OPEN_NOTIFICATION_CONFLICTS = "dompet.notification-conflicts.open";

    private DompetMeters() {
    }
}
