package io.dompet.adapter.persistence;

import io.dompet.application.port.out.TopUpWidgetSessionPort;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topupwidget.TopUpWidgetSession;
import io.dompet.domain.topupwidget.TopUpWidgetSessionId;
import java.sql.Types;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stores widget sessions in the {@code top_up_widget_session} table. The uniqueness of the {@code transNumber} and
 * of the completing top-up is left to the table's unique constraints, so that of two concurrent writers exactly one
 * wins; updates are optimistic ({@code WHERE version = :expected}). Insert and update return the row as stored
 * ({@code RETURNING}): the given session with its new version and its timestamps truncated to microseconds.
 *
 * <p>A write refused by a unique constraint becomes a {@link DuplicateRecordException}, any other refused write an
 * {@link IllegalStateException}, each naming the constraint (see {@link ViolatedConstraint}) and nothing else:
 * PostgreSQL's own message may quote the row, phone number included, so it is not kept as the cause.
 *
 * <p><b>Two notifications for one phone.</b> {@link #lockOldestOpenSession} is {@code SELECT … ORDER BY issued_at,
 * id LIMIT 1 FOR UPDATE}. At READ COMMITTED, when two transactions race for the same session, PostgreSQL lets the
 * first lock it and makes the second wait for the first to end. When the first commits (having completed the
 * session), the second re-reads the row, finds it no longer {@code OPEN} and skips it; since rows are locked before
 * the {@code LIMIT} applies, it then takes the next open session of the phone its statement can see, if any, and
 * otherwise gets no row. Getting no row is acceptable: its notification is still credited, only no widget session is
 * marked completed by it. A session opened after the second statement began is not seen by it.
 */
public class TopUpWidgetSessionPersistenceAdapter implements TopUpWidgetSessionPort {

    static final String PRIMARY_KEY_CONSTRAINT = "top_up_widget_session_pkey";
    static final String TRANS_NUMBER_CONSTRAINT = "top_up_widget_session_trans_number_key";
    static final String COMPLETED_BY_CONSTRAINT = "top_up_widget_session_completed_by_key";
    private static final Map<String, String> REFUSALS = Map.of(
            TRANS_NUMBER_CONSTRAINT, "a widget session with this transNumber is already stored",
            PRIMARY_KEY_CONSTRAINT, "a widget session with this id is already stored",
            COMPLETED_BY_CONSTRAINT, "this top-up already completed another widget session");

    private final JdbcClient jdbc;
    private final VersionedTable<TopUpWidgetSession> table;

    public TopUpWidgetSessionPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc);
        this.table = new VersionedTable<>(jdbc, "widget session", TopUpWidgetSessionRow.MAPPER,
                DataIntegrityViolationException.class, REFUSALS);
    }

    /** Stores {@code session} at version 0, whatever version it carries. */
    @Override
    public TopUpWidgetSession insertSession(TopUpWidgetSession session) {
        TopUpWidgetSessionRow row = TopUpWidgetSessionRow.from(Objects.requireNonNull(session, "session"));
        return table.insert("""
                            insert into top_up_widget_session (id, trans_number, phone_number, status, widget_url,
                                                               failure_code, failure_message, completed_by,
                                                               requested_at, issued_at, version)
                            values (:id, :transNumber, :phoneNumber, :status, :widgetUrl,
                                    :failureCode, :failureMessage, :completedBy,
                                    :requestedAt, :issuedAt, 0)
                            returning %s
                            """.formatted(TopUpWidgetSessionRow.COLUMNS), row.parameters());
    }

    /**
     * Stores the changeable fields of {@code session} (status, URL, failure, completing top-up, issue time) if its
     * row is still at {@code session.version()}; what never changes (id, transNumber, phone, request time) is not
     * written.
     */
    @Override
    public TopUpWidgetSession updateSession(TopUpWidgetSession session) {
        TopUpWidgetSessionRow row = TopUpWidgetSessionRow.from(Objects.requireNonNull(session, "session"));
        return table.update("""
                            update top_up_widget_session
                               set status = :status,
                                   widget_url = :widgetUrl,
                                   failure_code = :failureCode,
                                   failure_message = :failureMessage,
                                   completed_by = :completedBy,
                                   issued_at = :issuedAt,
                                   version = version + 1
                             where id = :id
                               and version = :version
                            returning %s
                            """.formatted(TopUpWidgetSessionRow.COLUMNS), row.parameters(), session.id(),
                session.version());
    }

    @Override
    public Optional<TopUpWidgetSession> loadSession(TopUpWidgetSessionId id) {
        return jdbc.sql("select " + TopUpWidgetSessionRow.COLUMNS + " from top_up_widget_session where id = :id")
                .param("id", Objects.requireNonNull(id, "id").value(), Types.OTHER)
                .query(TopUpWidgetSessionRow.MAPPER)
                .optional();
    }

    /**
     * The stored status must be {@code OPEN} and {@code issued_at} strictly after {@code issuedAfter} (truncated to
     * microseconds); ties of {@code issued_at} go to the smaller id. The row stays locked until the caller's
     * transaction ends; see the class comment for what a second, concurrent caller gets. Served by the partial index
     * {@code top_up_widget_session_open_idx}.
     */
    @Override
    public Optional<TopUpWidgetSession> lockOldestOpenSession(PhoneNumber phoneNumber, Instant issuedAfter) {
        return jdbc.sql("""
                        select %s
                          from top_up_widget_session
                         where phone_number = :phoneNumber
                           and status = 'OPEN'
                           and issued_at > :issuedAfter
                         order by issued_at, id
                         limit 1
                           for update
                        """.formatted(TopUpWidgetSessionRow.COLUMNS))
                .param("phoneNumber", Objects.requireNonNull(phoneNumber, "phoneNumber").international(), Types.VARCHAR)
                .param("issuedAfter", Columns.timestamp(Objects.requireNonNull(issuedAfter, "issuedAfter")),
                        Types.TIMESTAMP_WITH_TIMEZONE)
                .query(TopUpWidgetSessionRow.MAPPER)
                .optional();
    }
}
