package io.dompet.adapter.web.bulkhead;

import io.dompet.adapter.web.problem.ProblemException;
import io.dompet.adapter.web.problem.ProblemType;
import org.springframework.http.HttpHeaders;

/**
 * A request that would call Finpay was refused before anything was done (503, type {@code finpay-busy},
 * {@code Retry-After} in seconds): this instance already runs as many Finpay calls as it may, or it is shutting down.
 * Either way nothing was stored and Finpay was not asked, so the client may simply send the same request again.
 */
public final class FinpayBusyException extends ProblemException {

    /** Seconds a client should wait before sending the request again. */
    public static final int RETRY_AFTER_SECONDS = 2;

    private FinpayBusyException(String detail) {
        super(ProblemType.FINPAY_BUSY, detail);
    }

    static FinpayBusyException atCapacity() {
        return new FinpayBusyException("This instance is already running as many requests to Finpay as it may; nothing "
                + "was done. Send the request again in a few seconds.");
    }

    static FinpayBusyException shuttingDown() {
        return new FinpayBusyException("This instance is shutting down and takes no new requests to Finpay; nothing "
                + "was done. Send the request again in a few seconds.");
    }

    @Override
    public HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
        return headers;
    }
}
