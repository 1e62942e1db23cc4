package io.dompet.application.service;

import io.dompet.application.port.in.DeliverWebhooksUseCase;
import io.dompet.application.port.out.EventLogPort;
import io.dompet.application.port.out.TransactionPort;
import io.dompet.application.port.out.WebhookDeliveryPort;
import io.dompet.application.port.out.WebhookDeliveryPort.ClaimedDelivery;
import io.dompet.application.port.out.WebhookSenderPort;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Delivers the event log to the configured webhook endpoints, at least once per (event, endpoint), on every
 * instance: each round records due expiries, schedules the new events' deliveries, then claims due deliveries one at a
 * time under a lease (so two instances never attempt one delivery at once), POSTs each outside any transaction and
 * records the answer: delivered on a 2xx, else retried after {@link WebhookRetryPolicy}'s backoff, failed once the
 * retries are spent. A delivery waits while an earlier one of the same resource to the same endpoint is pending, so
 * an endpoint learns a resource's changes in order. Without any endpoint a round does nothing at all, not even a query:
 * the expiries it would record are recorded before every read of the log ({@link EventService#listEvents}) anyway, and
 * a round every second that reads nothing cost each notification's database a share of its CPU for no one.
 */
public final class WebhookDeliveryService implements DeliverWebhooksUseCase {

    private static final System.Logger log = System.getLogger(WebhookDeliveryService.class.getName());

    private final EventLogPort events;
    private final WebhookDeliveryPort deliveries;
    private final WebhookSenderPort sender;
    private final List<WebhookDeliveryPort.Endpoint> endpoints;
    private final TransactionPort transactions;
    private final WebhookRetryPolicy policy;
    private final Duration lease;
    private final int batchSize;

    /**
     * @param lease     how long a claimed delivery is held: longer than one POST can take
     * @param batchSize the most attempts of one round
     */
    public WebhookDeliveryService(EventLogPort events, WebhookDeliveryPort deliveries, WebhookSenderPort sender,
                                  List<WebhookDeliveryPort.Endpoint> endpoints,
                                  TransactionPort transactions, WebhookRetryPolicy policy, Duration lease, int batchSize) {
        this.events = Objects.requireNonNull(events);
        this.deliveries = Objects.requireNonNull(deliveries);
        this.sender = Objects.requireNonNull(sender);
        this.endpoints = List.copyOf(endpoints);
        this.transactions = Objects.requireNonNull(transactions);
        this.policy = Objects.requireNonNull(policy);
        this.lease = Objects.requireNonNull(lease);
        this.batchSize = batchSize;
    }

    @Override
    public int deliverDue() {
        // expiries are recorded on schedule with or without an endpoint (a read of the log records them too): an
        // expired widget's event is in the log within a round, whoever looks and however
        transactions.inTransaction(events::recordExpiries);
        if (endpoints.isEmpty()) {
            return 0;
        }
        transactions.inTransaction(() -> deliveries.fanOut(endpoints));
        int attempts = 0;
        while (attempts < batchSize) {
            Optional<ClaimedDelivery> claimed = transactions.inTransaction(() -> deliveries.claimNext(lease));
            if (claimed.isEmpty()) {
                break;
            }
            attempt(claimed.get());
            attempts++;
        }
        return attempts;
    }

    private void attempt(ClaimedDelivery claimed) {
        WebhookDeliveryPort.Attempt attempt;
        try {
            WebhookSenderPort.Answer answer = sender.send(claimed.endpoint(), claimed.eventId());
            attempt = answer.delivered() ? new WebhookDeliveryPort.Delivered(answer.httpStatus())
                    : failed(claimed, answer.httpStatus(), answer.error().orElseThrow());
        } catch (RuntimeException e) {
            log.log(Level.WARNING, "Webhook delivery {0} of event {1} to {2} broke: {3}", claimed.id(),
                    claimed.eventId(), claimed.endpoint(), e.getClass().getSimpleName());
            attempt = failed(claimed, Optional.empty(), "dompet could not make the attempt (" + e.getClass().getSimpleName() + ")");
        }
        WebhookDeliveryPort.Attempt outcome = attempt;
        transactions.inTransaction(() -> {
            deliveries.recordAttempt(claimed, outcome);
            return null;
        });
    }

    private WebhookDeliveryPort.Attempt failed(ClaimedDelivery claimed, Optional<Integer> httpStatus, String error) {
        if (policy.givesUp(claimed.age())) {
            log.log(Level.WARNING, "Webhook delivery {0} of event {1} to {2} failed for good after {3} attempts: {4}",
                    claimed.id(), claimed.eventId(), claimed.endpoint(), claimed.attempts() + 1, error);
            return new WebhookDeliveryPort.GaveUp(httpStatus, error);
        }
        return new WebhookDeliveryPort.Retry(httpStatus, error, policy.retryAfter(claimed.attempts() + 1));
    }
}
