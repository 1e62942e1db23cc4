package io.dompet.application.port.in;

import io.dompet.application.port.page.Page;
import io.dompet.application.port.page.PageCursor;
import io.dompet.application.port.page.BillWidgetFilter;
import org.jspecify.annotations.Nullable;

/** Lists bill widgets newest first (by creation time, then id), a page at a time. */
public interface ListBillWidgetsQuery {

    Page<BillWidgetResult> listBillWidgets(BillWidgetFilter filter, @Nullable PageCursor after, int limit);
}
