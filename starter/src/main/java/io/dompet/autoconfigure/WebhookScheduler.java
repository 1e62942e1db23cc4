package io.dompet.autoconfigure;

import io.dompet.application.port.in.DeliverWebhooksUseCase;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Delivers webhooks every {@code dompet.webhook-delivery.interval}. Every instance runs it: deliveries are shared out
 * by leases in their rows, so no job lock is needed, and a stopped instance holds up only the deliveries it had
 * claimed, until their leases end. On shutdown no new round starts; a round in progress ends with its current attempt
 * (at most one attempt's timeout per delivery it still claims).
 */
class WebhookScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookScheduler.class);

    private final DeliverWebhooksUseCase deliveries;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private volatile boolean running;

    WebhookScheduler(DeliverWebhooksUseCase deliveries) {
        this.deliveries = deliveries;
    }

    @Scheduled(fixedDelayString = "${dompet.webhook-delivery.interval:1s}",
            initialDelayString = "${dompet.webhook-delivery.interval:1s}")
    public void deliver() {
        if (stopping.get()) {
            return;
        }
        try {
            deliveries.deliverDue();
        } catch (RuntimeException e) {
            // the next round tries again; a database outage is reported by the health check
            log.warn("A webhook delivery round broke off: {}", e.getClass().getSimpleName());
        }
    }

    @Override
    public void start() {
        stopping.set(false);
        running = true;
    }

    @Override
    public void stop() {
        stopping.set(true);
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
