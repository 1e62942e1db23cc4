package io.dompet.bootstrap.doctor;

import io.dompet.adapter.finpay.transport.FinpayAnswer;
import java.util.Locale;

/** How the doctor reads Finpay's answers: which mean "accepted", and which refusals a switch can explain. */
final class Answers {

    private Answers() {
    }

    static boolean success(FinpayAnswer.Answered answered) {
        return answered.isHttpSuccess() && answered.code().startsWith("200");
    }

    /** Success, or a refusal about the test customer or the amount (403, 404): the signature and fields passed. */
    static boolean successOrAboutTheCustomer(FinpayAnswer.Answered answered) {
        return success(answered) || answered.httpStatus() == 403 || answered.httpStatus() == 404;
    }

    /** A status answer (any {@code latestTransactionStatus}, "not found" included), or a 404 "not found". */
    static boolean successOrNotFound(FinpayAnswer.Answered answered) {
        return success(answered) || answered.httpStatus() == 404;
    }

    /** {@code 401xx00}: unauthorized, the signature (PROTOCOL.md §1.7). */
    static boolean unauthorized(FinpayAnswer.Answered answered) {
        return answered.httpStatus() == 401 && answered.code().endsWith("00");
    }

    /** {@code 400xx01} / {@code 400xx02}: a field's format, a mandatory field. */
    static boolean fieldRefusal(FinpayAnswer.Answered answered) {
        return answered.httpStatus() == 400 && (answered.code().endsWith("01") || answered.code().endsWith("02"));
    }

    static boolean moneySuccess(FinpayAnswer.Answered answered) {
        return answered.isHttpSuccess() && answered.code().equals("000");
    }

    static boolean billWidgetSuccess(FinpayAnswer.Answered answered) {
        return answered.isHttpSuccess() && (answered.code().equals("2000000") || answered.code().equals("APP:SUCCESS"));
    }

    /**
     * A refusal of the signature (an HTTP-401-class answer, or one whose description mentions the signature) or of a
     * field (HTTP 400: the merchant id under another field name); Finpay documents no codes of its own here.
     */
    static boolean signatureOrFieldRefusal(FinpayAnswer.Answered answered) {
        return answered.httpStatus() == 401 || answered.httpStatus() == 400
                || answered.description().toLowerCase(Locale.ROOT).contains("signature");
    }
}
