package io.dompet.adapter.web.widget;

import io.dompet.adapter.web.problem.ProblemException;
import io.dompet.adapter.web.problem.ProblemType;
import io.dompet.domain.widget.TopUpWidgetSessionId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Finpay refused to issue a top-up widget (502, type {@code finpay-widget-refused}), with Finpay's {@code statusCode}
 * and {@code statusDesc} as {@code finpayCode} and {@code finpayMessage}, and the now {@code FAILED} session as
 * {@code widgetSessionId}.
 */
public class FinpayWidgetRefusedException extends ProblemException {

    public static final String FINPAY_CODE = "finpayCode";
    public static final String FINPAY_MESSAGE = "finpayMessage";
    public static final String WIDGET_SESSION_ID = "widgetSessionId";

    /** @param finpayCode Finpay's code and {@code finpayMessage} its description, the customer's number already masked */
    public FinpayWidgetRefusedException(TopUpWidgetSessionId sessionId, String finpayCode, String finpayMessage) {
        super(ProblemType.FINPAY_WIDGET_REFUSED, detail(sessionId, finpayCode, finpayMessage),
                properties(sessionId, finpayCode, finpayMessage));
    }

    private static String detail(TopUpWidgetSessionId sessionId, String finpayCode, String finpayMessage) {
        String refusal = finpayMessage.isBlank() ? "Finpay refused to issue the widget (" + finpayCode + ")."
                : "Finpay refused to issue the widget: " + finpayMessage + " (" + finpayCode + ").";
        return refusal + " Widget session " + sessionId + " is FAILED; no widget was issued.";
    }

    private static Map<String, Object> properties(TopUpWidgetSessionId sessionId, String finpayCode,
                                                  String finpayMessage) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(FINPAY_CODE, finpayCode);
        properties.put(FINPAY_MESSAGE, finpayMessage);
        properties.put(WIDGET_SESSION_ID, sessionId.toString());
        return properties;
    }
}
