package io.dompet.adapter.finpay.money;

import tools.jackson.databind.JsonNode;

/** What one Finpay Money HTTP exchange gave: a JSON object with a {@code statusCode}, or no usable answer. */
sealed interface MoneyAnswer {

    /** {@code statusCode} of success. */
    String SUCCESS = "000";

    /**
     * A JSON object with a string {@code statusCode}, whatever the HTTP status.
     *
     * @param statusDesc Finpay's description, or empty; may quote what Finpay received, so redact before showing it
     * @param body       the whole JSON object, for mapping into the endpoint's response record
     */
    record Answered(int httpStatus, String statusCode, String statusDesc, JsonNode body) implements MoneyAnswer {

        boolean isSuccess() {
            return SUCCESS.equals(statusCode);
        }
    }

    /** Timeout, I/O error, empty body, not JSON (an HTML error page), or JSON without a {@code statusCode}. */
    record NoAnswer(String reason) implements MoneyAnswer {
    }
}
