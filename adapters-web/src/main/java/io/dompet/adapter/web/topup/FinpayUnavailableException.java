package io.dompet.adapter.web.topup;

import io.dompet.adapter.web.problem.ProblemException;
import io.dompet.adapter.web.problem.ProblemType;
import org.springframework.http.HttpHeaders;

/**
 * Finpay gave no usable answer to an inquiry (503, type {@code finpay-unavailable}, {@code Retry-After} in seconds).
 * The cause is logged, not shown: it may name hosts or carry Finpay's raw answer.
 */
public class FinpayUnavailableException extends ProblemException {

    /** Seconds a client should wait before asking again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    public FinpayUnavailableException() {
        super(ProblemType.FINPAY_UNAVAILABLE,
                "Finpay gave no usable answer to the inquiry; nothing was done. Try again in a few seconds.");
    }

    @Override
    public HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
        return headers;
    }
}
