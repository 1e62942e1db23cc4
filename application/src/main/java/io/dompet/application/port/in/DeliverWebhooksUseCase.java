package io.dompet.application.port.in;

/** One round of the webhook scheduler: records due expiries, schedules new events' deliveries, makes due attempts. */
public interface DeliverWebhooksUseCase {

    /** The number of attempts made (each a POST to an endpoint). */
    int deliverDue();
}
