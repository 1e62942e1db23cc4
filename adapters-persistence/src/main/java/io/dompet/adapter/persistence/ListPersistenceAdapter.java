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
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
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
        return topUpPage(filter, after, limit).list(jdbc, TopUpRow.MAPPER);
    }

    /**
     * Status filters are the status as of {@code now}: an {@code OPEN} session issued {@link TopUpWidgetSession#LIFETIME}
     * or longer ago is {@code EXPIRED}, as the domain reads it.
     */
    @Override
    public List<TopUpWidgetSession> listTopUpWidgets(TopUpWidgetFilter filter, @Nullable PageCursor after, int limit,
                                                     Instant now) {
        Keyset page = new Keyset("requested_at");
        if (filter.status() != null) {
            page.bind("status", filter.status().name(), Types.VARCHAR)
                    .bind("expiredIssue", Columns.timestamp(now.minus(TopUpWidgetSession.LIFETIME)),
                            Types.TIMESTAMP_WITH_TIMEZONE)
                    .where(switch (filter.status()) {
                        case OPEN -> "status = 'OPEN' and issued_at > :expiredIssue";
                        case EXPIRED -> "(status = 'EXPIRED' or (status = 'OPEN' and issued_at <= :expiredIssue))";
                        default -> "status = :status";
                    });
        }
        if (filter.phoneNumber() != null) {
            page.where("phone_number = :phoneNumber", "phoneNumber", filter.phoneNumber().international(), Types.VARCHAR);
        }
        return page.page("select " + TopUpWidgetSessionRow.COLUMNS + " from top_up_widget_session", filter.createdFrom(),
                filter.createdTo(), after, limit).list(jdbc, TopUpWidgetSessionRow.MAPPER);
    }

    /** Status filters are the status as of {@code now}: an {@code ISSUED} widget past its timeout is {@code EXPIRED}. */
    @Override
    public List<BillWidget> listBillWidgets(BillWidgetFilter filter, @Nullable PageCursor after, int limit,
                                            Instant now) {
        Keyset page = new Keyset("requested_at");
        if (filter.status() != null) {
            String expired = "issued_at + make_interval(secs => timeout_seconds) <= :now";
            page.bind("status", filter.status().name(), Types.VARCHAR)
                    .bind("now", Columns.timestamp(now), Types.TIMESTAMP_WITH_TIMEZONE)
                    .where(switch (filter.status()) {
                        case ISSUED -> "status = 'ISSUED' and not (" + expired + ")";
                        case EXPIRED -> "(status = 'EXPIRED' or (status = 'ISSUED' and " + expired + "))";
                        default -> "status = :status";
                    });
        }
        if (filter.billNumber() != null) {
            page.where("bill_number = :billNumber", "billNumber", filter.billNumber(), Types.VARCHAR);
        }
        return page.page("select " + BillWidgetRow.COLUMNS + " from bill_widget", filter.createdFrom(),
                filter.createdTo(), after, limit).list(jdbc, BillWidgetRow.MAPPER);
    }

    static Keyset.Statement topUpPage(TopUpFilter filter, @Nullable PageCursor after, int limit) {
        Keyset page = new Keyset("created_at");
        if (filter.status() != null) {
            page.where("status = :status", "status", filter.status().name(), Types.VARCHAR);
        }
        if (filter.needsReview() != null) {
            // spelt so for the partial index top_up_needs_review_created_idx
            page.where(filter.needsReview() ? "needs_review" : "not needs_review");
        }
        if (filter.customerNumber() != null) {
            page.where("customer_number = :customerNumber", "customerNumber", filter.customerNumber().international(),
                    Types.VARCHAR);
        }
        if (filter.referenceNo() != null) {
            page.where("reference_no = :referenceNo", "referenceNo", filter.referenceNo(), Types.VARCHAR);
        }
        if (filter.idempotencyKey() != null) {
            page.where("idempotency_key = :idempotencyKey and client in (:client, :legacy)", "idempotencyKey",
                            filter.idempotencyKey().value(), Types.VARCHAR)
                    .bind("client", Objects.requireNonNull(filter.client()).name(), Types.VARCHAR)
                    .bind("legacy", ApiClient.LEGACY.name(), Types.VARCHAR);
        }
        return page.page("select " + TopUpRow.COLUMNS + " from top_up", filter.createdFrom(), filter.createdTo(), after,
                limit);
    }
}
