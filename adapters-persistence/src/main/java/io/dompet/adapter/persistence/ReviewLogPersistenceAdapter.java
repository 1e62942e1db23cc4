package io.dompet.adapter.persistence;

import io.dompet.application.port.out.ReviewLogPort;
import io.dompet.domain.topup.ApiClient;
import io.dompet.domain.topup.Review;
import io.dompet.domain.topup.ReviewAction;
import java.sql.Types;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit of operator decisions in the {@code operator_review} table (migration V11): inserted, never updated,
 * timed by PostgreSQL's clock ({@code clock_timestamp()}, the column's default), never an instance's.
 */
public class ReviewLogPersistenceAdapter implements ReviewLogPort {

    private static final String COLUMNS =
            "id, subject_id, reviewer, action, reason, reference_no, status_before, status_after, reviewed_at";
    private static final RowMapper<Review> MAPPER = (rs, row) -> new Review(
            rs.getObject("id", UUID.class),
            rs.getObject("subject_id", UUID.class),
            new ApiClient(rs.getString("reviewer")),
            ReviewAction.valueOf(rs.getString("action")),
            rs.getString("reason"),
            rs.getString("reference_no"),
            rs.getString("status_before"),
            rs.getString("status_after"),
            rs.getObject("reviewed_at", java.time.OffsetDateTime.class).toInstant());

    private final JdbcClient jdbc;

    public ReviewLogPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc);
    }

    @Override
    public Review recordReview(UUID subjectId, ApiClient reviewer, ReviewAction action, @Nullable String reason,
                               @Nullable String referenceNo, String statusBefore, String statusAfter) {
        return jdbc.sql("""
                        insert into operator_review (id, subject_id, reviewer, action, reason, reference_no,
                                                     status_before, status_after)
                        values (:id, :subjectId, :reviewer, :action, :reason, :referenceNo, :statusBefore, :statusAfter)
                        returning %s
                        """.formatted(COLUMNS))
                .param("id", UUID.randomUUID(), Types.OTHER)
                .param("subjectId", subjectId, Types.OTHER)
                .param("reviewer", reviewer.name(), Types.VARCHAR)
                .param("action", action.name(), Types.VARCHAR)
                .param("reason", reason, Types.VARCHAR)
                .param("referenceNo", referenceNo, Types.VARCHAR)
                .param("statusBefore", statusBefore, Types.VARCHAR)
                .param("statusAfter", statusAfter, Types.VARCHAR)
                .query(MAPPER)
                .single();
    }

    @Override
    public List<Review> loadReviews(UUID subjectId) {
        return jdbc.sql("select " + COLUMNS + " from operator_review where subject_id = :subjectId"
                        + " order by reviewed_at, id")
                .param("subjectId", subjectId, Types.OTHER)
                .query(MAPPER)
                .list();
    }
}
