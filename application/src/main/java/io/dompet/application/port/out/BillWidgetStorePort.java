package io.dompet.application.port.out;

import io.dompet.domain.billwidget.BillWidget;
import io.dompet.domain.billwidget.BillWidgetId;
import java.util.Optional;

/** Stores bill widgets ({@code trxId} and {@code uniqKey} unique). Call it inside a transaction. */
public interface BillWidgetStorePort {

    BillWidget insertBillWidget(BillWidget widget);

    /** @throws IllegalStateException when the stored row is no longer at {@code widget.version()} */
    BillWidget updateBillWidget(BillWidget widget);

    Optional<BillWidget> loadBillWidget(BillWidgetId id);
}
