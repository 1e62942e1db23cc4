package io.dompet.adapter.persistence;

import io.dompet.application.port.out.StaleRecordException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The two writes every store of a versioned aggregate (top-ups, widget sessions, bill widgets) makes the same way: an
 * insert, and an optimistic update ({@code WHERE id = :id AND version = :version}) that a second writer of the same
 * version cannot pass; each returns the row as stored ({@code RETURNING}). A write the table refuses with a
 * {@code refused} exception becomes the store ports' exception through {@link ViolatedConstraint#refusal}, naming the
 * constraint and nothing else; any other refusal propagates as Spring's.
 *
 * @param <T> the aggregate a row holds
 */
final class VersionedTable<T> {

    private final JdbcClient jdbc;
    private final String record;
    private final RowMapper<T> mapper;
    private final Class<? extends DataIntegrityViolationException> refused;
    private final Map<String, String> refusals;

    /**
     * @param record   the kind of record, for messages ({@code "top-up"})
     * @param mapper   reads a returned row as the aggregate
     * @param refused  the refusals that become the store ports' exceptions ({@code DuplicateKeyException} for unique
     *                 constraints only, {@code DataIntegrityViolationException} for every constraint)
     * @param refusals what each constraint means (see {@link ViolatedConstraint#refusal})
     */
    VersionedTable(JdbcClient jdbc, String record, RowMapper<T> mapper,
                   Class<? extends DataIntegrityViolationException> refused, Map<String, String> refusals) {
        this.jdbc = Objects.requireNonNull(jdbc);
        this.record = record;
        this.mapper = mapper;
        this.refused = refused;
        this.refusals = refusals;
    }

    /** The row that {@code sql}, an {@code insert … returning} of every column, stored. */
    T insert(String sql, SqlParameterSource parameters) {
        return refusedAs("insert", () -> jdbc.sql(sql).paramSource(parameters).query(mapper).single());
    }

    /** The row that {@code sql}, an {@code insert … on conflict do nothing returning} of every column, stored, if any. */
    Optional<T> insertUnlessConflicting(String sql, SqlParameterSource parameters) {
        return refusedAs("insert", () -> jdbc.sql(sql).paramSource(parameters).query(mapper).optional());
    }

    /**
     * The row that {@code sql}, an {@code update … where id = :id and version = :version returning} of every column,
     * stored.
     *
     * @throws StaleRecordException when the row of {@code id} is not at {@code version} (or does not exist)
     */
    T update(String sql, SqlParameterSource parameters, Object id, long version) {
        return refusedAs("update", () -> jdbc.sql(sql).paramSource(parameters).query(mapper).optional()
                .orElseThrow(() -> new StaleRecordException(record, id, version)));
    }

    private <R> R refusedAs(String write, Supplier<R> statement) {
        try {
            return statement.get();
        } catch (DataIntegrityViolationException e) {
            if (!refused.isInstance(e)) {
                throw e;
            }
            throw ViolatedConstraint.refusal(record, write, e, refusals);
        }
    }
}
