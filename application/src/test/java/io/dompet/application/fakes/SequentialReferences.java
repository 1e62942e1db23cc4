package io.dompet.application.fakes;

import io.dompet.application.port.out.ReferenceGeneratorPort;
import io.dompet.domain.billwidget.BillWidgetId;
import io.dompet.domain.topup.PartnerReferenceNo;
import io.dompet.domain.topup.TopUpId;
import io.dompet.domain.topupwidget.TopUpWidgetSessionId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Predictable identifiers: partnerReferenceNo {@code P000001}, {@code P000002}, … */
public final class SequentialReferences implements ReferenceGeneratorPort {

    private final AtomicLong next = new AtomicLong(1);

    @Override
    public TopUpId newTopUpId() {
        return new TopUpId(UUID.randomUUID());
    }

    @Override
    public PartnerReferenceNo newPartnerReferenceNo() {
        return new PartnerReferenceNo("P%06d".formatted(next.getAndIncrement()));
    }

    @Override
    public TopUpWidgetSessionId newWidgetSessionId() {
        return new TopUpWidgetSessionId(UUID.randomUUID());
    }

    @Override
    public String newTransNumber() {
        return "W%06d".formatted(next.getAndIncrement());
    }

    @Override
    public BillWidgetId newBillWidgetId() {
        return new BillWidgetId(UUID.randomUUID());
    }

    @Override
    public String newBillWidgetKey() {
        return "B%06d".formatted(next.getAndIncrement());
    }
}
