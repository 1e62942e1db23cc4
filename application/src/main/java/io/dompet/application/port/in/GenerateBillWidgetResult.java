package io.dompet.application.port.in;

import io.dompet.domain.billwidget.BillWidget;
import io.dompet.domain.billwidget.ProductCode;
import java.util.List;

/** What became of a bill widget request. */
public sealed interface GenerateBillWidgetResult {

    record Generated(BillWidget widget) implements GenerateBillWidgetResult {
    }

    /** Product codes the biller catalogue does not know; nothing was stored or sent. */
    record UnknownProductCodes(List<ProductCode> codes) implements GenerateBillWidgetResult {
    }

    /** Finpay refused: the widget is stored {@code FAILED} with Finpay's code. */
    record Refused(BillWidget widget) implements GenerateBillWidgetResult {
    }

    /** Finpay gave no usable answer: the widget is stored {@code FAILED}, its failure says why. */
    record Unavailable(BillWidget widget) implements GenerateBillWidgetResult {
    }
}
