package io.dompet.application.port.out;

import java.util.Optional;

/** POSTs an event of the log to a webhook endpoint, signed, outside any transaction. */
public interface WebhookSenderPort {

    Answer send(String endpoint, String eventId);

    /**
     * What the endpoint did.
     *
     * @param httpStatus its status, empty when it gave none (unreachable, timed out)
     * @param error      why it is not a success, in words without secrets; empty for a 2xx
     */
    record Answer(Optional<Integer> httpStatus, Optional<String> error) {

        public boolean delivered() {
            return error.isEmpty();
        }
    }
}
