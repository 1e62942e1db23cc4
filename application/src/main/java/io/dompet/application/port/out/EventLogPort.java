package io.dompet.application.port.out;

import io.dompet.domain.event.EventCursor;
import io.dompet.domain.billwidget.BillWidget;
import io.dompet.domain.event.EventType;
import io.dompet.domain.topup.NotificationConflict;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topupwidget.TopUpWidgetSession;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The event log. Events are written by the store itself, in the transaction of each change (so no service can forget
 * one, and none outlives a rolled-back change); this port reads them, and records the one kind of change no write
 * makes: a widget's expiry.
 */
public interface EventLogPort {

    /**
     * At most {@code limit} events after {@code after} in log order, only of {@code type} if given, and only as far as
     * every transaction that could still add an event before them has ended (so a later read never finds an event
     * before the cursor it was given).
     */
    List<StoredEvent> loadEvents(EventCursor after, int limit, Optional<EventType> type);

    Optional<StoredEvent> loadEvent(String id);

    /**
     * Writes {@code top_up_widget.expired} and {@code bill_widget.expired} for every open widget past its lifetime on
     * PostgreSQL's clock that has none yet; safe to run concurrently (the log takes each once).
     *
     * @return the number of events written
     */
    int recordExpiries();

    /** An event as stored: the resource is the row as it was right after the change. */
    record StoredEvent(String id, EventType type, Instant createdAt, EventCursor position, Resource resource) {
    }

    /** The stored resource of an event. */
    sealed interface Resource {
    }

    record TopUpResource(TopUp topUp) implements Resource {
    }

    record TopUpWidgetResource(TopUpWidgetSession session) implements Resource {
    }

    record BillWidgetResource(BillWidget widget) implements Resource {
    }

    record NotificationConflictResource(NotificationConflict conflict) implements Resource {
    }
}
