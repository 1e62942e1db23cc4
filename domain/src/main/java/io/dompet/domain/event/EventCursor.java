package io.dompet.domain.event;

/**
 * A place in the event log: the writing transaction's id and the event's sequence number. The log is read in this
 * order and only as far as every transaction that wrote into it has ended, so a cursor never passes an event that
 * commits later. Clients see it only as an opaque string.
 *
 * @param xid the transaction that wrote the event ({@code xid8})
 * @param seq the event's sequence number
 */
public record EventCursor(long xid, long seq) {

    /** The start of the log: before every event. */
    public static final EventCursor START = new EventCursor(0, 0);
}
