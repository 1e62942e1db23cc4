package io.dompet.adapter.finpay.snap;

import io.dompet.adapter.finpay.transport.FinpayAnswer;

/**
 * PROTOCOL.md §1.7 as one table: each {@code responseCode} dompet tells apart (HTTP status and case code, whatever
 * the service code {@code xx}), what {@link SnapTransport} does with it, and whether it is a <em>definite
 * refusal</em>: Finpay processed nothing and will not, so a top-up answered so has failed and an inquiry answered so
 * was refused. Every code not in the table ({@link #UNLISTED}: 5xx, 504, 429 and any other 4xx) is no refusal: a
 * top-up answered so may have moved money and is left to the status inquiry, never failed.
 */
enum SnapCase {

    SUCCESS(200, "00", Resend.NO, false),
    IN_PROGRESS(202, "00", Resend.NO, false),
    /** 400xx00 bad request: dompet's bug. */
    BAD_REQUEST(400, "00", Resend.NO, true),
    /** 400xx01 invalid field format: dompet's bug. */
    INVALID_FIELD_FORMAT(400, "01", Resend.NO, true),
    /** 400xx02 invalid mandatory field: dompet's bug. */
    INVALID_MANDATORY_FIELD(400, "02", Resend.NO, true),
    /** 401xx00 unauthorized (signature, client): a configuration error. */
    UNAUTHORIZED(401, "00", Resend.NO, true),
    /** 401xx01 invalid B2B token: refreshed and resent once; a second one is a refusal (the token, not the money). */
    INVALID_TOKEN(401, "01", Resend.WITH_NEW_TOKEN, true),
    /** 401xx03 missing B2B token: as {@link #INVALID_TOKEN}. */
    TOKEN_NOT_FOUND(401, "03", Resend.WITH_NEW_TOKEN, true),
    EXCEEDS_AMOUNT_LIMIT(403, "02", Resend.NO, true),
    /** 403xx14: the merchant's deposit is short. */
    INSUFFICIENT_FUNDS(403, "14", Resend.NO, true),
    /** 404xx11 invalid account or customer. */
    INVALID_ACCOUNT(404, "11", Resend.NO, true),
    /**
     * 409xx00 duplicate {@code X-EXTERNAL-ID}: resent once with a new one; a second one is no refusal, since another
     * request under that id may have been processed.
     */
    DUPLICATE_EXTERNAL_ID(409, "00", Resend.WITH_NEW_EXTERNAL_ID, false),
    /** 409xx01 duplicate {@code partnerReferenceNo}: Finpay already has the top-up; the status inquiry says how it went. */
    DUPLICATE_PARTNER_REFERENCE(409, "01", Resend.NO, false),
    /** 429xx00 too many requests: nothing says the request was not processed; back off and ask the status. */
    TOO_MANY_REQUESTS(429, "00", Resend.NO, false),
    /** Any other code: no refusal. */
    UNLISTED(0, "", Resend.NO, false);

    /** What {@link SnapTransport} does before handing an answer on. */
    enum Resend { NO, WITH_NEW_TOKEN, WITH_NEW_EXTERNAL_ID }

    private final int httpStatus;
    private final String caseCode;
    final Resend resend;
    final boolean definiteRefusal;

    SnapCase(int httpStatus, String caseCode, Resend resend, boolean definiteRefusal) {
        this.httpStatus = httpStatus;
        this.caseCode = caseCode;
        this.resend = resend;
        this.definiteRefusal = definiteRefusal;
    }

    /**
     * The row of {@code answered}, by its HTTP status and the case code ({@code 01} in {@code 4013801}); HTTP 429 with
     * any case code is {@link #TOO_MANY_REQUESTS}.
     */
    static SnapCase of(FinpayAnswer.Answered answered) {
        String caseCode = answered.code().substring(5, 7);
        for (SnapCase row : values()) {
            if (row != UNLISTED && answered.httpStatus() == row.httpStatus && caseCode.equals(row.caseCode)) {
                return row;
            }
        }
        return answered.httpStatus() == 429 ? TOO_MANY_REQUESTS : UNLISTED;
    }
}
