package io.dompet.application.port.in;

import io.dompet.application.port.page.Page;
import io.dompet.application.port.page.PageCursor;
import io.dompet.application.port.page.TopUpFilter;
import io.dompet.domain.topup.TopUp;
import org.jspecify.annotations.Nullable;

/** Lists top-ups newest first (by creation time, then id), a page at a time. */
public interface ListTopUpsQuery {

    /** The {@code limit} (1 to {@link Page#MAX_LIMIT}) newest top-ups that {@code filter} keeps, created before {@code after}. */
    Page<TopUp> listTopUps(TopUpFilter filter, @Nullable PageCursor after, int limit);
}
