package io.dompet.adapter.web.event;

import io.dompet.domain.event.EventCursor;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** The event log's cursor on the wire: opaque to clients, base64url of {@code xid.seq}. */
final class EventCursors {

    private EventCursors() {
    }

    static String encode(EventCursor cursor) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((cursor.xid() + "." + cursor.seq()).getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor {@code text} encodes, or empty when it is not one of ours. */
    static Optional<EventCursor> decode(String text) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII);
            int dot = plain.indexOf('.');
            if (dot < 1 || !plain.matches("[0-9]{1,19}\\.[0-9]{1,19}")) {
                return Optional.empty();
            }
            long xid = Long.parseLong(plain.substring(0, dot));
            long seq = Long.parseLong(plain.substring(dot + 1));
            return Optional.of(new EventCursor(xid, seq));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }
}
