package io.dompet.adapter.finpay.transport;

import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * What one HTTP exchange with a Finpay API gave: a JSON object stating the API's result code, or no usable answer.
 * Every Finpay client (SNAP, Finpay Money, the bill widget) maps this one type straight to its port's outcome.
 */
public sealed interface FinpayAnswer {

    /**
     * A JSON object with the endpoint's result code, whatever the HTTP status.
     *
     * @param code        the result code ({@code 2003800}, {@code 000}, {@code APP:SUCCESS}, …): a short printable code
     * @param description Finpay's description of it; safe to store and log once {@link FinpayHttp#exchange} hands
     *                    the answer on (secrets redacted, phone numbers masked, length bounded); {@code ""} for none
     * @param body        the whole JSON object, for mapping into the endpoint's response record
     */
    record Answered(int httpStatus, String code, String description, JsonNode body) implements FinpayAnswer {

        public Answered {
            Objects.requireNonNull(code);
            Objects.requireNonNull(description);
            Objects.requireNonNull(body);
        }

        public boolean isHttpSuccess() {
            return httpStatus >= 200 && httpStatus <= 299;
        }

        /** The description, or {@code whenEmpty} when Finpay gave none. */
        public String descriptionOr(String whenEmpty) {
            return description.isEmpty() ? whenEmpty : description;
        }
    }

    /**
     * Timeout, I/O error, empty body, not JSON (an HTML error page), JSON that is not an object or states no usable
     * result code; {@code reason} says which in statuses, codes and class names only.
     */
    record NoAnswer(String reason) implements FinpayAnswer {

        public NoAnswer {
            Objects.requireNonNull(reason);
        }
    }
}
