package io.dompet.adapter.web.problem;

/**
 * One of the two widgets dompet asks Finpay to issue, as its problems name it when Finpay issued none
 * ({@link FinpayProblems#notIssued}).
 *
 * @param refusedType the problem type when Finpay refused
 * @param widget      what was asked for, as the detail names it
 * @param record      how the detail names the record stored for it, which is now {@code FAILED}
 * @param idProperty  the problem property naming that record
 */
public record FinpayWidget(ProblemType refusedType, String widget, String record, String idProperty) {

    public static final FinpayWidget TOP_UP_WIDGET =
            new FinpayWidget(ProblemType.FINPAY_WIDGET_REFUSED, "widget", "widget session", "widgetSessionId");
    public static final FinpayWidget BILL_WIDGET =
            new FinpayWidget(ProblemType.FINPAY_BILL_WIDGET_REFUSED, "bill widget", "bill widget", "billWidgetId");
}
