package io.dompet.application.port.in;

import io.dompet.domain.event.EventCursor;
import java.util.List;
import java.util.Objects;

/**
 * A page of the event log.
 *
 * @param events  the events after the cursor asked for, in log order
 * @param hasMore whether more events could already be read after this page
 * @param next    where the next page starts: after the last event of this one, or where this one started when it is
 *                empty (events written later are read from there)
 */
public record EventPageResult(List<EventResult> events, boolean hasMore, EventCursor next) {

    public EventPageResult {
        events = List.copyOf(events);
        Objects.requireNonNull(next);
    }
}
