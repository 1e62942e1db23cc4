package io.dompet.application.fakes;

import io.dompet.application.port.out.BillWidgetStoreContract;

class InMemoryBillWidgetsContractTest extends BillWidgetStoreContract<InMemoryBillWidgets> {

    @Override
    protected InMemoryBillWidgets emptyStore() {
        return new InMemoryBillWidgets();
    }
}
