package io.dompet.adapter.finpay.billwidget;

import tools.jackson.databind.JsonNode;

/** What one exchange with Finpay's widget API gave: a JSON object (any HTTP status), or no usable answer. */
sealed interface WidgetAnswer {

    /** A JSON object, whatever the HTTP status; its codes are judged by the caller. */
    record Answered(int httpStatus, JsonNode body) implements WidgetAnswer {

        boolean isHttpSuccess() {
            return httpStatus >= 200 && httpStatus <= 299;
        }
    }

    /** Timeout, I/O error, empty body, not JSON (an HTML error page), or JSON that is not an object. */
    record NoAnswer(String reason) implements WidgetAnswer {
    }
}
