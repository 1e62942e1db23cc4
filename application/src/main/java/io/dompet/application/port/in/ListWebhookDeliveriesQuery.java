package io.dompet.application.port.in;

import io.dompet.domain.event.WebhookDelivery;
import java.util.List;
import java.util.Optional;

/** Lists webhook deliveries, newest first. */
public interface ListWebhookDeliveriesQuery {

    List<WebhookDelivery> listDeliveries(Optional<String> endpoint, Optional<WebhookDelivery.Status> status,
                                               int limit);
}
