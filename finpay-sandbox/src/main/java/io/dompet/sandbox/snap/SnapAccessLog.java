package io.dompet.sandbox.snap;

import io.dompet.sandbox.http.Endpoint;
import io.dompet.sandbox.http.Json;
import io.dompet.sandbox.http.Reply;
import io.dompet.sandbox.http.RequestRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * One INFO line per SNAP request: the endpoint, the HTTP status, the {@code responseCode} and the masked customer
 * number. Never a token, secret, signature or full phone number.
 */
final class SnapAccessLog {

    private static final Logger log = LoggerFactory.getLogger(SnapAccessLog.class);
    private static final String NONE = "-";

    private SnapAccessLog() {
    }

    static Endpoint logged(SnapService service, Endpoint endpoint) {
        return request -> {
            Reply reply;
            try {
                reply = endpoint.handle(request);
            } catch (RequestRejectedException rejected) {
                reply = rejected.reply();
            }
            log.info("Finpay sandbox SNAP {} -> HTTP {} {} customer {}{}", service.label(), reply.status(),
                    responseCode(reply), maskedCustomer(request.body()), fault(reply.transport()));
            return reply;
        };
    }

    /** What an injected transport fault does to the answer just logged; empty for a complete answer. */
    private static String fault(Reply.Transport transport) {
        return switch (transport.kind()) {
            case COMPLETE -> "";
            case DROP_CONNECTION -> " (injected fault: connection closed without the answer)";
            case STALL_MID_BODY -> " (injected fault: half the answer, then a " + transport.stall().toMillis()
                    + " ms stall, then the connection closed)";
        };
    }

    private static String responseCode(Reply reply) {
        return text(reply.contentType().startsWith(Reply.APPLICATION_JSON) ? reply.body() : null, "responseCode");
    }

    private static String maskedCustomer(byte[] body) {
        String number = text(body, "customerNumber");
        return NONE.equals(number) ? NONE : TestCustomer.maskNumber(number);
    }

    private static String text(byte[] json, String field) {
        if (json == null || json.length == 0) {
            return NONE;
        }
        try {
            JsonNode node = Json.readTree(json).get(field);
            return node != null && node.isString() ? node.stringValue() : NONE;
        } catch (RuntimeException notJson) {
            return NONE;
        }
    }
}
