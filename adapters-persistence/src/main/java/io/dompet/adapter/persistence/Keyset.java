package io.dompet.adapter.persistence;

import io.dompet.application.port.page.PageCursor;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The statement of one page of a newest-first, keyset-paginated list: the conditions of the list's own filters, then
 * what every list shares — the time window, the cursor ({@code (column, id) < (:cursor)}), the order
 * ({@code column desc, id desc}) and {@code limit :limit}.
 */
final class Keyset {

    private final String column;
    private final List<String> conditions = new ArrayList<>();
    private final MapSqlParameterSource parameters = new MapSqlParameterSource();

    /** A page ordered by {@code column}, newest first, then by id. */
    Keyset(String column) {
        this.column = column;
    }

    /** Adds a filter's condition. */
    Keyset where(String condition) {
        conditions.add(condition);
        return this;
    }

    /** Adds a filter's condition and the parameter it names. */
    Keyset where(String condition, String parameter, Object value, int sqlType) {
        bind(parameter, value, sqlType);
        return where(condition);
    }

    /** Binds a parameter that a condition names. */
    Keyset bind(String parameter, Object value, int sqlType) {
        parameters.addValue(parameter, value, sqlType);
        return this;
    }

    /**
     * The statement {@code select} ({@code select … from table}) of the page of at most {@code limit} rows after
     * {@code after}, in the time window {@code from} (inclusive) … {@code to} (exclusive) on the column.
     */
    Statement page(String select, @Nullable Instant from, @Nullable Instant to, @Nullable PageCursor after, int limit) {
        if (from != null) {
            where(column + " >= :createdFrom", "createdFrom", Columns.timestamp(from), Types.TIMESTAMP_WITH_TIMEZONE);
        }
        if (to != null) {
            where(column + " < :createdTo", "createdTo", Columns.timestamp(to), Types.TIMESTAMP_WITH_TIMEZONE);
        }
        if (after != null) {
            where("(" + column + ", id) < (:afterCreatedAt, :afterId)", "afterCreatedAt",
                    Columns.timestamp(after.createdAt()), Types.TIMESTAMP_WITH_TIMEZONE)
                    .bind("afterId", after.id(), Types.OTHER);
        }
        return new Statement(select + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
                + " order by " + column + " desc, id desc limit :limit",
                parameters.addValue("limit", limit, Types.INTEGER));
    }

    /** A statement and its parameters, apart so that a test can {@code EXPLAIN} exactly what runs. */
    record Statement(String sql, MapSqlParameterSource parameters) {

        <T> List<T> list(JdbcClient jdbc, RowMapper<T> mapper) {
            return jdbc.sql(sql).paramSource(parameters).query(mapper).list();
        }
    }
}
