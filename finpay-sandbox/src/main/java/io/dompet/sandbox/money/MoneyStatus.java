package io.dompet.sandbox.money;

import io.dompet.sandbox.http.Reply;
import io.dompet.sandbox.http.RequestRejectedException;

/**
 * A Finpay Money error answer, {@code {"statusCode":"005","statusDesc":"Invalid Signature"}}. The codes are the
 * sandbox's own (Finpay does not publish its list); every one is answered with HTTP 200, as Finpay's staging does,
 * except {@code 001} (HTTP 401).
 *
 * @param statusCode three digits; {@code 000} is success
 * @param statusDesc what went wrong
 */
record MoneyStatus(String statusCode, String statusDesc) {

    static final String SUCCESS = "000";

    /** Basic credentials absent, malformed or wrong (HTTP 401, without {@code WWW-Authenticate}). */
    static final MoneyStatus UNAUTHORIZED = new MoneyStatus("001", "Unauthorized");
    static final MoneyStatus INVALID_PHONE_NUMBER = new MoneyStatus("003", "Invalid phoneNumber");
    static final MoneyStatus INVALID_TOKEN = new MoneyStatus("004", "Invalid Token");
    static final MoneyStatus INVALID_SIGNATURE = new MoneyStatus("005", "Invalid Signature");
    static final MoneyStatus DUPLICATE_TRANS_NUMBER = new MoneyStatus("006", "Duplicate transNumber");
    static final MoneyStatus REQUEST_EXPIRED = new MoneyStatus("007", "Request Expired");

    /** A body that is not a JSON object, or a field absent, not text, too long or malformed: {@code 002}. */
    static MoneyStatus invalidRequest(String field) {
        return new MoneyStatus("002", field == null ? "Invalid Request" : "Invalid Request: " + field);
    }

    /** Stops the endpoint with this answer. */
    RequestRejectedException rejection() {
        return new RequestRejectedException(Reply.json(this == UNAUTHORIZED ? 401 : 200, this));
    }
}
