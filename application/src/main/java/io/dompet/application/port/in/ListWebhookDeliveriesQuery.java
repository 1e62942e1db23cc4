package io.dompet.application.port.in;

import java.util.List;
import java.util.Optional;

/** Lists webhook deliveries, newest first. */
public interface ListWebhookDeliveriesQuery {

    List<WebhookDeliveryResult> listDeliveries(Optional<String> endpoint, Optional<WebhookDeliveryResult.Status> status,
                                               int limit);
}
