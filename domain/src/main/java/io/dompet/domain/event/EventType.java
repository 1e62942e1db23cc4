package io.dompet.domain.event;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of change a merchant is told about, each with its name on the wire ({@code top_up.succeeded}). The event
 * log's table lists the same names in a check constraint, and its triggers decide which change is which event.
 */
public enum EventType {
    TOP_UP_SUCCEEDED("top_up.succeeded"),
    TOP_UP_FAILED("top_up.failed"),
    TOP_UP_NEEDS_REVIEW("top_up.needs_review"),
    TOP_UP_REVIEWED("top_up.reviewed"),
    NOTIFICATION_CREDITED("notification.credited"),
    NOTIFICATION_CONFLICT("notification.conflict"),
    TOP_UP_WIDGET_COMPLETED("top_up_widget.completed"),
    TOP_UP_WIDGET_EXPIRED("top_up_widget.expired"),
    BILL_WIDGET_ISSUED("bill_widget.issued"),
    BILL_WIDGET_EXPIRED("bill_widget.expired");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    /** The name on the wire and in the event log, e.g. {@code top_up.succeeded}. */
    public String wireName() {
        return wireName;
    }

    /** The type named {@code wireName}, or empty when there is none. */
    public static Optional<EventType> fromWireName(String wireName) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(wireName)).findFirst();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
