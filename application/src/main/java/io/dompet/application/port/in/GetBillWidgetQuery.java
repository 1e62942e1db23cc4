package io.dompet.application.port.in;

import io.dompet.domain.billwidget.BillWidgetId;
import java.util.Optional;

/** Reads a bill widget, its status as of now, and (when asked) what Finpay's check-token API says of it. */
public interface GetBillWidgetQuery {

    Optional<BillWidgetResult> getBillWidget(BillWidgetId id, boolean checkWithFinpay);
}
