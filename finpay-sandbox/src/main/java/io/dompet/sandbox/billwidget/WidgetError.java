package io.dompet.sandbox.billwidget;

import io.dompet.sandbox.http.Reply;
import io.dompet.sandbox.http.RequestRejectedException;

/**
 * A refusal in Finpay's nested format:
 * {@code {"data":{"responseCode":"…","responseDesc":"…"},"pagination":[],"stat_code":"APP:…","stat_msg":"…"}}.
 * Finpay does not publish these codes; they are the sandbox's (README, "Bill widget").
 *
 * @param httpStatus   the HTTP status (the response code's first three digits)
 * @param responseCode seven digits
 * @param statCode     {@code APP:BAD_REQUEST}, {@code APP:UNAUTHORIZED}, …
 * @param message      both {@code responseDesc} and {@code stat_msg}
 */
record WidgetError(int httpStatus, String responseCode, String statCode, String message) {

    static final WidgetError BAD_REQUEST = new WidgetError(400, "4000000", "APP:BAD_REQUEST", "Bad Request");
    static final WidgetError INVALID_SIGNATURE = new WidgetError(401, "4010000", "APP:UNAUTHORIZED", "Invalid Signature");
    static final WidgetError UNKNOWN_MERCHANT = new WidgetError(401, "4010001", "APP:UNAUTHORIZED", "Unknown Merchant");
    static final WidgetError TIMESTAMP_OUT_OF_RANGE =
            new WidgetError(401, "4010002", "APP:UNAUTHORIZED", "Timestamp Out Of Range");
    static final WidgetError TOKEN_EXPIRED = new WidgetError(401, "4010003", "APP:EXPIRED", "Token expired");
    static final WidgetError TOKEN_NOT_FOUND = new WidgetError(404, "4040001", "APP:NOT_FOUND", "Token not found");

    /** A field that is there but wrong: {@code 4000001 Invalid Field Format {productCodes[1]}}. */
    static WidgetError invalidFormat(String field) {
        return new WidgetError(400, "4000001", "APP:BAD_REQUEST", "Invalid Field Format {" + field + "}");
    }

    /** A mandatory field absent, {@code null} or empty: {@code 4000002 Invalid Mandatory Field {trxId}}. */
    static WidgetError missing(String field) {
        return new WidgetError(400, "4000002", "APP:BAD_REQUEST", "Invalid Mandatory Field {" + field + "}");
    }

    /** {@code 4040000 Unknown product code {080009}}. */
    static WidgetError unknownProductCode(String productCode) {
        return new WidgetError(404, "4040000", "APP:NOT_FOUND", "Unknown product code {" + productCode + "}");
    }

    /** {@code 4090000 Duplicate trxId} / {@code Duplicate uniqKey}. */
    static WidgetError duplicate(String field) {
        return new WidgetError(409, "4090000", "APP:CONFLICT", "Duplicate " + field);
    }

    Reply reply() {
        return WidgetAnswer.reply(httpStatus, new WidgetAnswer.Outcome(responseCode, message), statCode, message);
    }

    RequestRejectedException rejection() {
        return new RequestRejectedException(reply());
    }
}
