package io.dompet.application.port.in;

import org.jspecify.annotations.Nullable;

/** Lists top-up widget sessions newest first (by creation time, then id), a page at a time. */
public interface ListTopUpWidgetsQuery {

    Page<TopUpWidgetResult> listTopUpWidgets(TopUpWidgetFilter filter, @Nullable PageCursor after, int limit);
}
