package io.dompet.sandbox.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One INFO line per refused request of an endpoint: {@code Finpay sandbox <label> -> HTTP <status> <body>}. The
 * refusal bodies are Finpay's codes and descriptions, never a secret; the check that refused logs what it expected.
 */
public final class RefusalLog {

    private static final Logger log = LoggerFactory.getLogger(RefusalLog.class);

    private RefusalLog() {
    }

    /** {@code endpoint}, its refusals logged under {@code label} (e.g. {@code Money getToken}). */
    public static Endpoint logged(String label, Endpoint endpoint) {
        return request -> {
            try {
                return endpoint.handle(request);
            } catch (RequestRejectedException rejected) {
                log.info("Finpay sandbox {} -> HTTP {} {}", label, rejected.reply().status(),
                        rejected.reply().bodyText());
                throw rejected;
            }
        };
    }
}
