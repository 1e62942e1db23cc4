package io.dompet.adapter.web.event;

import io.dompet.adapter.web.billwidget.BillWidgetResponse;
import io.dompet.adapter.web.conflict.NotificationConflictResponse;
import io.dompet.adapter.web.topup.TopUpResponse;
import io.dompet.adapter.web.topupwidget.TopUpWidgetResponse;
import io.dompet.domain.event.EventType;
import java.util.Arrays;
import java.util.List;

/**
 * The kinds of resource an event's {@code data} is, each rendered by its own response ({@link EventResponse#of}), and
 * which event types carry which: the one place that says so for the API description, where an event is a {@code oneOf}
 * of one schema per kind told apart by its {@code type}.
 */
public enum EventSubject {
    TOP_UP(TopUpResponse.class, "A top-up, as GET /api/v1/top-ups/{id} shows it"),
    NOTIFICATION_CONFLICT(NotificationConflictResponse.class,
            "A notification conflict, as GET /api/v1/notification-conflicts lists it"),
    TOP_UP_WIDGET(TopUpWidgetResponse.class, "A top-up widget session, as GET /api/v1/top-up-widgets/{id} shows it"),
    BILL_WIDGET(BillWidgetResponse.class, "A bill widget, as GET /api/v1/bill-widgets/{id} shows it (without check)");

    private final Class<?> response;
    private final String description;

    EventSubject(Class<?> response, String description) {
        this.response = response;
        this.description = description;
    }

    /**
     * The kind of resource an event of {@code type} carries. A switch without default: a type added to
     * {@link EventType} does not compile here until it is given its kind.
     */
    public static EventSubject of(EventType type) {
        return switch (type) {
            case TOP_UP_SUCCEEDED, TOP_UP_FAILED, TOP_UP_NEEDS_REVIEW, TOP_UP_REVIEWED, NOTIFICATION_CREDITED -> TOP_UP;
            case NOTIFICATION_CONFLICT -> NOTIFICATION_CONFLICT;
            case TOP_UP_WIDGET_COMPLETED, TOP_UP_WIDGET_EXPIRED -> TOP_UP_WIDGET;
            case BILL_WIDGET_ISSUED, BILL_WIDGET_EXPIRED -> BILL_WIDGET;
        };
    }

    /** The event types whose data is this kind of resource, in {@link EventType}'s order. */
    public List<EventType> types() {
        return Arrays.stream(EventType.values()).filter(type -> of(type) == this).toList();
    }

    /** The response {@code data} is rendered by. */
    public Class<?> response() {
        return response;
    }

    /** What {@code data} is, for a person. */
    public String description() {
        return description;
    }
}
