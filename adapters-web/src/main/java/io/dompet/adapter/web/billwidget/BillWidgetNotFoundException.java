package io.dompet.adapter.web.billwidget;

import io.dompet.adapter.web.problem.ProblemException;
import io.dompet.adapter.web.problem.ProblemType;
import io.dompet.domain.billwidget.BillWidgetId;

/** No bill widget has this id (404, type {@code bill-widget-not-found}). */
public class BillWidgetNotFoundException extends ProblemException {

    public BillWidgetNotFoundException(BillWidgetId id) {
        super(ProblemType.BILL_WIDGET_NOT_FOUND, "No bill widget " + id + " is known.");
    }
}
