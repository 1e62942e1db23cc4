package io.dompet.adapter.web.widget;

import io.dompet.adapter.web.problem.ProblemException;
import io.dompet.adapter.web.problem.ProblemType;
import io.dompet.domain.widget.TopUpWidgetSessionId;
import java.util.Map;
import org.springframework.http.HttpHeaders;

/**
 * Finpay gave no usable answer when asked for a top-up widget (503, type {@code finpay-unavailable}, as for an
 * inquiry, with {@code Retry-After} in seconds), and the now {@code FAILED} session as {@code widgetSessionId}. The
 * cause is logged, not shown: it may name hosts or carry Finpay's raw answer.
 */
public class FinpayWidgetUnavailableException extends ProblemException {

    public static final String WIDGET_SESSION_ID = FinpayWidgetRefusedException.WIDGET_SESSION_ID;
    /** Seconds a client should wait before asking for a new widget. */
    public static final int RETRY_AFTER_SECONDS = 5;

    public FinpayWidgetUnavailableException(TopUpWidgetSessionId sessionId) {
        super(ProblemType.FINPAY_UNAVAILABLE, "Finpay gave no usable answer, so there is no widget: widget session "
                        + sessionId + " is FAILED. Ask for a new widget in a few seconds.",
                Map.of(WIDGET_SESSION_ID, sessionId.toString()));
    }

    @Override
    public HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
        return headers;
    }
}
