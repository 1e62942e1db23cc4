package io.dompet.application.port.in;

import io.dompet.domain.event.EventCursor;
import io.dompet.domain.event.EventType;
import io.dompet.domain.topup.NotificationConflict;
import io.dompet.domain.topup.TopUp;
import java.time.Instant;
import java.util.Objects;

/**
 * One event of the log: what happened ({@code type}), when (PostgreSQL's clock), and the resource as it was right
 * after the change, as the resource's own query answers it.
 *
 * @param id        the event's id, {@code evt_…}
 * @param type      what happened
 * @param createdAt when the change was written, on PostgreSQL's clock
 * @param position  where the event stands in the log
 * @param data      the resource as it was
 */
public record EventResult(String id, EventType type, Instant createdAt, EventCursor position, Data data) {

    public EventResult {
        Objects.requireNonNull(id);
        Objects.requireNonNull(type);
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(position);
        Objects.requireNonNull(data);
    }

    /** The resource an event is about, as its query shows it. */
    public sealed interface Data {
    }

    /** A top-up, as {@link GetTopUpQuery} shows it. */
    public record TopUpData(TopUp topUp) implements Data {
    }

    /** A top-up widget session with its status as of the event, as {@link GetTopUpWidgetQuery} shows it. */
    public record TopUpWidgetData(TopUpWidgetResult widget) implements Data {
    }

    /** A bill widget with its status as of the event, as {@link GetBillWidgetQuery} shows it (no Finpay check). */
    public record BillWidgetData(BillWidgetResult widget) implements Data {
    }

    /** A notification conflict as it was recorded, as {@link NotificationConflictsUseCase} lists it. */
    public record NotificationConflictData(NotificationConflict conflict) implements Data {
    }
}
