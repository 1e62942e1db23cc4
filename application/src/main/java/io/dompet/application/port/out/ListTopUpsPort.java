package io.dompet.application.port.out;

import io.dompet.application.port.page.PageCursor;
import io.dompet.application.port.page.TopUpFilter;
import io.dompet.domain.topup.TopUp;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads top-ups a page at a time, newest first. */
public interface ListTopUpsPort {

    /**
     * At most {@code limit} top-ups that {@code filter} keeps, ordered by creation time then id, both descending, and
     * strictly before {@code after} in that order when it is given.
     */
    List<TopUp> listTopUps(TopUpFilter filter, @Nullable PageCursor after, int limit);
}
