package io.dompet.adapter.web.billwidget;

import io.dompet.adapter.web.problem.ProblemException;
import io.dompet.adapter.web.problem.ProblemType;
import io.dompet.domain.billwidget.BillWidgetId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Finpay refused to issue a bill widget (502, type {@code finpay-bill-widget-refused}), with Finpay's code and
 * description as {@code finpayCode} and {@code finpayMessage}, and the now {@code FAILED} widget as
 * {@code billWidgetId}.
 */
public class FinpayBillWidgetRefusedException extends ProblemException {

    public static final String FINPAY_CODE = "finpayCode";
    public static final String FINPAY_MESSAGE = "finpayMessage";
    public static final String BILL_WIDGET_ID = "billWidgetId";

    /** @param finpayCode Finpay's code and {@code finpayMessage} its description, the bill's personal data already redacted */
    public FinpayBillWidgetRefusedException(BillWidgetId id, String finpayCode, String finpayMessage) {
        super(ProblemType.FINPAY_BILL_WIDGET_REFUSED, detail(id, finpayCode, finpayMessage),
                properties(id, finpayCode, finpayMessage));
    }

    private static String detail(BillWidgetId id, String finpayCode, String finpayMessage) {
        String refusal = finpayMessage.isBlank() ? "Finpay refused to issue the bill widget (" + finpayCode + ")."
                : "Finpay refused to issue the bill widget: " + finpayMessage + " (" + finpayCode + ").";
        return refusal + " Bill widget " + id + " is FAILED; no widget was issued.";
    }

    private static Map<String, Object> properties(BillWidgetId id, String finpayCode, String finpayMessage) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(FINPAY_CODE, finpayCode);
        properties.put(FINPAY_MESSAGE, finpayMessage);
        properties.put(BILL_WIDGET_ID, id.toString());
        return properties;
    }
}
