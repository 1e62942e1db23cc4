package io.dompet.adapter.finpay.snap;

import tools.jackson.databind.JsonNode;

/** What one SNAP HTTP exchange gave: a JSON answer with a consistent {@code responseCode}, or no usable answer. */
sealed interface SnapAnswer {

    /**
     * A JSON object whose 7-digit {@code responseCode} starts with the HTTP status.
     *
     * @param body the whole JSON object, for mapping into the endpoint's response record
     */
    record Answered(int httpStatus, String responseCode, String responseMessage, JsonNode body) implements SnapAnswer {

        /** The two digits of the service, e.g. {@code 38} in {@code 2003800}. */
        String serviceCode() {
            return responseCode.substring(3, 5);
        }

        /** The two digits of the case, e.g. {@code 01} in {@code 4013801}. */
        String caseCode() {
            return responseCode.substring(5, 7);
        }

        boolean is(int status, String caseCode) {
            return httpStatus == status && caseCode().equals(caseCode);
        }
    }

    /** Timeout, I/O error, not JSON, no {@code responseCode}, or a {@code responseCode} the status contradicts. */
    record NoAnswer(String reason) implements SnapAnswer {
    }
}
