package io.dompet.application.port.in;

import io.dompet.application.port.page.Page;
import io.dompet.application.port.page.PageCursor;
import io.dompet.application.port.page.TopUpWidgetFilter;
import org.jspecify.annotations.Nullable;

/** Lists top-up widget sessions newest first (by creation time, then id), a page at a time. */
public interface ListTopUpWidgetsQuery {

    Page<TopUpWidgetResult> listTopUpWidgets(TopUpWidgetFilter filter, @Nullable PageCursor after, int limit);
}
