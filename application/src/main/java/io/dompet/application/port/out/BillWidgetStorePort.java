package io.dompet.application.port.out;

import io.dompet.domain.billwidget.BillWidget;
import io.dompet.domain.billwidget.BillWidgetId;
import java.util.Optional;

/** Stores bill widgets ({@code trxId} and {@code uniqKey} unique). Call it inside a transaction. */
public interface BillWidgetStorePort {

    /** @throws DuplicateRecordException when its id, {@code trxId} or {@code uniqKey} is already stored */
    BillWidget insertBillWidget(BillWidget widget);

    /** @throws StaleRecordException when the stored row is no longer at {@code widget.version()} */
    BillWidget updateBillWidget(BillWidget widget);

    Optional<BillWidget> loadBillWidget(BillWidgetId id);
}
