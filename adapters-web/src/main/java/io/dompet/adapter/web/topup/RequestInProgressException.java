package io.dompet.adapter.web.topup;

import io.dompet.adapter.web.problem.ProblemException;
import io.dompet.adapter.web.problem.ProblemType;
import org.springframework.http.HttpHeaders;

/**
 * The client repeated an {@code Idempotency-Key} whose first request has not finished: its top-up is still
 * {@code REQUESTED} or {@code SENDING} (409, type {@code request-in-progress}, {@code Retry-After} in seconds, as Stripe
 * answers). Nothing was done; the same request sent again later answers with the top-up's outcome. A top-up left so by
 * a request that died is settled by the reconciler, and until then every repeat gets this answer.
 */
public final class RequestInProgressException extends ProblemException {

    /** Seconds a client should wait before sending the request again. */
    public static final int RETRY_AFTER_SECONDS = 2;

    public RequestInProgressException() {
        super(ProblemType.REQUEST_IN_PROGRESS,
                "A request with this Idempotency-Key is still being processed; nothing more was done. Send the same "
                        + "request again in a few seconds to learn its outcome.");
    }

    @Override
    public HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
        return headers;
    }
}
