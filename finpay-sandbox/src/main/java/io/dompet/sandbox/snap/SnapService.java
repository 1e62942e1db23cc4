package io.dompet.sandbox.snap;

import io.dompet.sandbox.config.SnapVariant;
import io.dompet.sandbox.http.Json;
import io.dompet.sandbox.http.Reply;
import io.dompet.sandbox.http.RequestRejectedException;
import io.dompet.sandbox.http.SnapError;
import tools.jackson.databind.node.ObjectNode;

/**
 * A SNAP service and its two-digit code. A response code is the HTTP status (3 digits) + this code (2) + a case
 * code (2), e.g. {@code 4013801}.
 */
enum SnapService {

    ACCESS_TOKEN("73", "access-token"),
    ACCOUNT_INQUIRY("37", "account-inquiry"),
    TOP_UP("38", "topup"),
    TOP_UP_STATUS("39", "topup-status");

    private final String code;
    private final String label;

    SnapService(String code, String label) {
        this.code = code;
        this.label = label;
    }

    String code() {
        return code;
    }

    /** A short name for log lines. */
    String label() {
        return label;
    }

    String responseCode(int httpStatus, int caseCode) {
        return String.format("%03d%s%02d", httpStatus, code, caseCode);
    }

    SnapError error(int httpStatus, int caseCode, String message) {
        return new SnapError(responseCode(httpStatus, caseCode), message);
    }

    /** 400xx00. */
    RequestRejectedException badRequest() {
        return reject(error(400, 0, "Bad Request"));
    }

    /** 400xx01, naming the field or header. */
    RequestRejectedException invalidFormat(String field) {
        return reject(error(400, 1, "Invalid Field Format {" + field + "}"));
    }

    /** 400xx02, naming the field or header. */
    RequestRejectedException missing(String field) {
        return reject(error(400, 2, "Invalid Mandatory Field {" + field + "}"));
    }

    /** 409xx01 {@code Duplicate partnerReferenceNo}: the reference is already used; nothing was processed. */
    RequestRejectedException duplicateReference() {
        return reject(error(409, 1, "Duplicate partnerReferenceNo"));
    }

    /** 401xx00 {@code Unauthorized. [reason]}. */
    RequestRejectedException unauthorized(String reason) {
        return reject(error(401, 0, "Unauthorized. [" + reason + "]"));
    }

    /**
     * A 200 answer of {@code answer}, without its {@code field} when {@code mode} is {@code OMIT} (a field Finpay's
     * standard marks optional, which a Finpay may leave out).
     */
    static Reply ok(Object answer, SnapVariant.AnswerField mode, String field) {
        if (mode == SnapVariant.AnswerField.INCLUDE) {
            return Reply.ok(answer);
        }
        ObjectNode tree = Json.mapper().valueToTree(answer);
        tree.remove(field);
        return Reply.ok(tree);
    }

    static RequestRejectedException reject(SnapError error) {
        return RequestRejectedException.snap(error);
    }
}
