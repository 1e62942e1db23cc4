package io.dompet.application.service;

import io.dompet.application.port.in.ListTopUpsQuery;
import io.dompet.application.port.in.Page;
import io.dompet.application.port.in.PageCursor;
import io.dompet.application.port.in.TopUpFilter;
import io.dompet.application.port.out.ListTopUpsPort;
import io.dompet.application.port.out.TransactionPort;
import io.dompet.domain.topup.TopUp;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Answers the lists, newest first, a page at a time, each page in one transaction: one more row than the page is read,
 * to learn whether more follow, and the next page starts strictly after the last item shown (keyset pagination), so
 * that rows inserted meanwhile neither repeat nor hide one.
 */
public final class ListService implements ListTopUpsQuery {

    private final ListTopUpsPort topUps;
    private final TransactionPort transactions;

    public ListService(ListTopUpsPort topUps, TransactionPort transactions) {
        this.topUps = Objects.requireNonNull(topUps);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public Page<TopUp> listTopUps(TopUpFilter filter, @Nullable PageCursor after, int limit) {
        requireValid(limit);
        Objects.requireNonNull(filter, "filter");
        return Page.of(transactions.inTransaction(() -> topUps.listTopUps(filter, after, limit + 1)), limit,
                topUp -> new PageCursor(topUp.createdAt(), topUp.id().value()));
    }

    private static void requireValid(int limit) {
        if (!Page.isValidLimit(limit)) {
            throw new IllegalArgumentException("limit must be 1 to " + Page.MAX_LIMIT);
        }
    }
}
