package io.dompet.application.fakes;

import io.dompet.application.port.out.BillWidgetStorePort;
import io.dompet.application.port.out.BillerCatalogPort;
import io.dompet.application.port.out.DuplicateRecordException;
import io.dompet.application.port.out.StaleRecordException;
import io.dompet.domain.billwidget.BillWidget;
import io.dompet.domain.billwidget.BillWidgetId;
import io.dompet.domain.billwidget.Biller;
import io.dompet.domain.billwidget.ProductCode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** In-memory bill widget store (unique id, trxId and uniqKey, optimistic locking) and biller catalogue. */
public final class InMemoryBillWidgets implements BillWidgetStorePort, BillerCatalogPort {

    private final Map<BillWidgetId, BillWidget> widgets = new LinkedHashMap<>();
    private final List<Biller> billers = List.of(
            new Biller(new ProductCode("080003"), "BPJS Kesehatan", "health insurance"),
            new Biller(new ProductCode("070001"), "PLN Postpaid", "electricity"));

    @Override
    public synchronized BillWidget insertBillWidget(BillWidget widget) {
        if (widgets.values().stream().anyMatch(w -> w.trxId().equals(widget.trxId()) || w.uniqKey().equals(widget.uniqKey()))) {
            throw new DuplicateRecordException("a bill widget with this trxId or uniqKey is already stored");
        }
        if (widgets.containsKey(widget.id())) {
            throw new DuplicateRecordException("a bill widget with this id is already stored");
        }
        BillWidget stored = widget.withVersion(0);
        widgets.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized BillWidget updateBillWidget(BillWidget widget) {
        BillWidget current = widgets.get(widget.id());
        if (current == null || current.version() != widget.version()) {
            throw new StaleRecordException("bill widget", widget.id(), widget.version());
        }
        BillWidget stored = widget.withVersion(widget.version() + 1);
        widgets.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized Optional<BillWidget> loadBillWidget(BillWidgetId id) {
        return Optional.ofNullable(widgets.get(id));
    }

    @Override
    public List<Biller> listBillers() {
        return billers;
    }

    @Override
    public List<ProductCode> unknownProductCodes(Collection<ProductCode> codes) {
        return codes.stream().filter(code -> billers.stream().noneMatch(b -> b.code().equals(code))).toList();
    }

    public synchronized List<BillWidget> all() {
        return List.copyOf(widgets.values());
    }
}
