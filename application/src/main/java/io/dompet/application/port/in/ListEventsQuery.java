package io.dompet.application.port.in;

import io.dompet.application.port.page.Page;
import io.dompet.domain.event.EventCursor;
import io.dompet.domain.event.EventType;
import java.util.Optional;

/** Reads the event log, a page at a time, and one event by its id. */
public interface ListEventsQuery {

    /** Events per page when the client names no limit: as on every list. */
    int DEFAULT_LIMIT = Page.DEFAULT_LIMIT;
    /** The most events one page holds: as on every list. */
    int MAX_LIMIT = Page.MAX_LIMIT;

    /**
     * The events after {@code after} ({@link EventCursor#START} for the beginning), at most {@code limit} (1 …
     * {@link #MAX_LIMIT}), only of {@code type} when one is given. Expiries that are due are recorded first.
     */
    EventPageResult listEvents(EventCursor after, int limit, Optional<EventType> type);

    Optional<EventResult> getEvent(String id);
}
