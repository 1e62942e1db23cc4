package io.dompet.application.port.in;

import java.util.OptionalInt;

/** Sends an event again to every webhook endpoint whose types match it. */
public interface RedeliverEventUseCase {

    /** The number of deliveries scheduled, or empty when no event has this id. */
    OptionalInt redeliver(String eventId);
}
