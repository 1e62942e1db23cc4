package io.dompet.adapter.web.problem;

/**
 * The two widgets dompet asks Finpay to issue, as their problems name them when Finpay issued none
 * ({@link FinpayProblems#notIssued}).
 */
public enum FinpayWidget {

    TOP_UP_WIDGET(ProblemType.FINPAY_WIDGET_REFUSED, "widget", "widget session", "widgetSessionId"),
    BILL_WIDGET(ProblemType.FINPAY_BILL_WIDGET_REFUSED, "bill widget", "bill widget", "billWidgetId");

    private final ProblemType refusedType;
    private final String widget;
    private final String record;
    private final String idProperty;

    /**
     * @param refusedType the problem type when Finpay refused
     * @param widget      what was asked for, as the detail names it
     * @param record      how the detail names the record stored for it, which is now {@code FAILED}
     * @param idProperty  the problem property naming that record
     */
    FinpayWidget(ProblemType refusedType, String widget, String record, String idProperty) {
        this.refusedType = refusedType;
        this.widget = widget;
        this.record = record;
        this.idProperty = idProperty;
    }

    ProblemType refusedType() {
        return refusedType;
    }

    String widget() {
        return widget;
    }

    String record() {
        return record;
    }

    /** The problem property naming the record a failure left {@code FAILED}. */
    public String idProperty() {
        return idProperty;
    }
}
