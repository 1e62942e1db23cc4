package io.dompet.adapter.persistence;

import io.dompet.application.port.page.PageCursor;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** The parts every newest-first, keyset-paginated list statement shares: the time window, the cursor, the order. */
final class Keyset {

    private Keyset() {
    }

    /** Adds the conditions of a time window ({@code from} inclusive, {@code to} exclusive) and a cursor on {@code column}. */
    static void conditions(String column, @Nullable Instant from, @Nullable Instant to, @Nullable PageCursor after,
                           List<String> conditions, MapSqlParameterSource parameters) {
        if (from != null) {
            conditions.add(column + " >= :createdFrom");
            parameters.addValue("createdFrom", Columns.timestamp(from), Types.TIMESTAMP_WITH_TIMEZONE);
        }
        if (to != null) {
            conditions.add(column + " < :createdTo");
            parameters.addValue("createdTo", Columns.timestamp(to), Types.TIMESTAMP_WITH_TIMEZONE);
        }
        if (after != null) {
            conditions.add("(" + column + ", id) < (:afterCreatedAt, :afterId)");
            parameters.addValue("afterCreatedAt", Columns.timestamp(after.createdAt()), Types.TIMESTAMP_WITH_TIMEZONE)
                    .addValue("afterId", after.id(), Types.OTHER);
        }
    }

    /** The {@code where}, order and limit ({@code :limit}) of a page. */
    static String page(List<String> conditions, String column) {
        return (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
                + " order by " + column + " desc, id desc limit :limit";
    }
}
