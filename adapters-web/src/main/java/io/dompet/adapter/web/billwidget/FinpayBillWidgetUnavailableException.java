package io.dompet.adapter.web.billwidget;

import io.dompet.adapter.web.problem.ProblemException;
import io.dompet.adapter.web.problem.ProblemType;
import io.dompet.domain.billwidget.BillWidgetId;
import java.util.Map;
import org.springframework.http.HttpHeaders;

/**
 * Finpay gave no usable answer when asked for a bill widget (503, type {@code finpay-unavailable}, as for the other
 * Finpay calls, with {@code Retry-After} in seconds), and the now {@code FAILED} widget as {@code billWidgetId}. The
 * cause is logged, not shown: it may name hosts or carry Finpay's raw answer.
 */
public class FinpayBillWidgetUnavailableException extends ProblemException {

    public static final String BILL_WIDGET_ID = FinpayBillWidgetRefusedException.BILL_WIDGET_ID;
    /** Seconds a client should wait before asking for a new widget. */
    public static final int RETRY_AFTER_SECONDS = 5;

    public FinpayBillWidgetUnavailableException(BillWidgetId id) {
        super(ProblemType.FINPAY_UNAVAILABLE, "Finpay gave no usable answer, so there is no widget: bill widget " + id
                + " is FAILED. Ask for a new widget in a few seconds.", Map.of(BILL_WIDGET_ID, id.toString()));
    }

    @Override
    public HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
        return headers;
    }
}
