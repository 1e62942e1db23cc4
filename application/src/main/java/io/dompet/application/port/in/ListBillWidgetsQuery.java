package io.dompet.application.port.in;

import org.jspecify.annotations.Nullable;

/** Lists bill widgets newest first (by creation time, then id), a page at a time. */
public interface ListBillWidgetsQuery {

    Page<BillWidgetResult> listBillWidgets(BillWidgetFilter filter, @Nullable PageCursor after, int limit);
}
