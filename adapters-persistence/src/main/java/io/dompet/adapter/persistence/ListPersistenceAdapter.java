package io.dompet.adapter.persistence;

import io.dompet.application.port.page.PageCursor;
import io.dompet.application.port.page.TopUpFilter;
import io.dompet.application.port.page.BillWidgetFilter;
import io.dompet.application.port.page.TopUpWidgetFilter;
import io.dompet.application.port.out.ListTopUpsPort;
import io.dompet.application.port.out.ListWidgetsPort;
import io.dompet.domain.billwidget.BillWidget;
import io.dompet.domain.topupwidget.TopUpWidgetSession;
import java.time.Instant;
import io.dompet.domain.topup.ApiClient;
import io.dompet.domain.topup.TopUp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The lists, newest first, keyset-paginated: one statement per page, {@code where (created_at, id) < (:cursor) order
 * by created_at desc, id desc limit :limit}, with the filters given as further conditions. The indexes of migration
 * V11 (and V2, V8) serve each filter in that order (widget sessions and bill widgets by {@code requested_at}), so a page costs the same on page one and page ten thousand.
 */
public class ListPersistenceAdapter implements ListTopUpsPort, ListWidgetsPort {

    private final JdbcClient jdbc;

    public ListPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc);
    }

    @Override
    public List<TopUp> listTopUps(TopUpFilter filter, @Nullable PageCursor after, int limit) {
        Statement page = topUpPage(filter, after, limit);
        return jdbc.sql(page.sql()).paramSource(page.parameters()).query(TopUpRow.MAPPER).list();
    }

    /**
     * Status filters are the status as of {@code now}: an {@code OPEN} session issued {@link TopUpWidgetSession#LIFETIME}
     * or longer ago is {@code EXPIRED}, as the domain reads it.
     */
    @Override
    public List<TopUpWidgetSession> listTopUpWidgets(TopUpWidgetFilter filter, @Nullable PageCursor after, int limit,
                                                     Instant now) {
        List<String> conditions = new ArrayList<>();
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        if (filter.status() != null) {
            parameters.addValue("status", filter.status().name(), Types.VARCHAR)
                    .addValue("expiredIssue", Columns.timestamp(now.minus(TopUpWidgetSession.LIFETIME)),
                            Types.TIMESTAMP_WITH_TIMEZONE);
            conditions.add(switch (filter.status()) {
                case OPEN -> "status = 'OPEN' and issued_at > :expiredIssue";
                case EXPIRED -> "(status = 'EXPIRED' or (status = 'OPEN' and issued_at <= :expiredIssue))";
                default -> "status = :status";
            });
        }
        if (filter.phoneNumber() != null) {
            conditions.add("phone_number = :phoneNumber");
            parameters.addValue("phoneNumber", filter.phoneNumber().international(), Types.VARCHAR);
        }
        Keyset.conditions("requested_at", filter.createdFrom(), filter.createdTo(), after, conditions, parameters);
        return jdbc.sql("select " + TopUpWidgetSessionRow.COLUMNS + " from top_up_widget_session"
                        + Keyset.page(conditions, "requested_at"))
                .paramSource(parameters.addValue("limit", limit, Types.INTEGER))
                .query(TopUpWidgetSessionRow.MAPPER)
                .list();
    }

    /** Status filters are the status as of {@code now}: an {@code ISSUED} widget past its timeout is {@code EXPIRED}. */
    @Override
    public List<BillWidget> listBillWidgets(BillWidgetFilter filter, @Nullable PageCursor after, int limit,
                                            Instant now) {
        List<String> conditions = new ArrayList<>();
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        if (filter.status() != null) {
            parameters.addValue("status", filter.status().name(), Types.VARCHAR)
                    .addValue("now", Columns.timestamp(now), Types.TIMESTAMP_WITH_TIMEZONE);
            String expired = "issued_at + make_interval(secs => timeout_seconds) <= :now";
            conditions.add(switch (filter.status()) {
                case ISSUED -> "status = 'ISSUED' and not (" + expired + ")";
                case EXPIRED -> "(status = 'EXPIRED' or (status = 'ISSUED' and " + expired + "))";
                default -> "status = :status";
            });
        }
        if (filter.billNumber() != null) {
            conditions.add("bill_number = :billNumber");
            parameters.addValue("billNumber", filter.billNumber(), Types.VARCHAR);
        }
        Keyset.conditions("requested_at", filter.createdFrom(), filter.createdTo(), after, conditions, parameters);
        return jdbc.sql("select " + BillWidgetRow.COLUMNS + " from bill_widget" + Keyset.page(conditions, "requested_at"))
                .paramSource(parameters.addValue("limit", limit, Types.INTEGER))
                .query(BillWidgetRow.MAPPER)
                .list();
    }

    /** A statement and its parameters, apart so that a test can {@code EXPLAIN} exactly what runs. */
    record Statement(String sql, MapSqlParameterSource parameters) {
    }

    static Statement topUpPage(TopUpFilter filter, @Nullable PageCursor after, int limit) {
        List<String> conditions = new ArrayList<>();
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        if (filter.status() != null) {
            conditions.add("status = :status");
            parameters.addValue("status", filter.status().name(), Types.VARCHAR);
        }
        if (filter.needsReview() != null) {
            // spelt so for the partial index top_up_needs_review_created_idx
            conditions.add(filter.needsReview() ? "needs_review" : "not needs_review");
        }
        if (filter.customerNumber() != null) {
            conditions.add("customer_number = :customerNumber");
            parameters.addValue("customerNumber", filter.customerNumber().international(), Types.VARCHAR);
        }
        if (filter.referenceNo() != null) {
            conditions.add("reference_no = :referenceNo");
            parameters.addValue("referenceNo", filter.referenceNo(), Types.VARCHAR);
        }
        if (filter.idempotencyKey() != null) {
            conditions.add("idempotency_key = :idempotencyKey and client in (:client, :legacy)");
            parameters.addValue("idempotencyKey", filter.idempotencyKey().value(), Types.VARCHAR)
                    .addValue("client", Objects.requireNonNull(filter.client()).name(), Types.VARCHAR)
                    .addValue("legacy", ApiClient.LEGACY.name(), Types.VARCHAR);
        }
        Keyset.conditions("created_at", filter.createdFrom(), filter.createdTo(), after, conditions, parameters);
        return new Statement("select " + TopUpRow.COLUMNS + " from top_up" + Keyset.page(conditions, "created_at"),
                parameters.addValue("limit", limit, Types.INTEGER));
    }
}
