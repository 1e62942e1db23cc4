package io.dompet.application.port.out;

import io.dompet.application.port.page.BillWidgetFilter;
import io.dompet.application.port.page.PageCursor;
import io.dompet.application.port.page.TopUpWidgetFilter;
import io.dompet.domain.billwidget.BillWidget;
import io.dompet.domain.topupwidget.TopUpWidgetSession;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads widget sessions and bill widgets a page at a time, newest first (creation time, then id, both descending),
 * strictly after {@code after}; a status filter means the status as of {@code now} (expiry applied).
 */
public interface ListWidgetsPort {

    List<TopUpWidgetSession> listTopUpWidgets(TopUpWidgetFilter filter, @Nullable PageCursor after, int limit,
                                              Instant now);

    List<BillWidget> listBillWidgets(BillWidgetFilter filter, @Nullable PageCursor after, int limit, Instant now);
}
