package io.dompet.adapter.web.problem;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The problems of a Finpay call that did not give what was asked, the same for the inquiry, the top-up widget and the
 * bill widget: Finpay refused (with Finpay's code and message as {@value #FINPAY_CODE} and {@value #FINPAY_MESSAGE}),
 * or gave no usable answer (503 {@code finpay-unavailable} with {@code Retry-After}). The cause of an unusable answer
 * is logged by the caller, never shown: it may name hosts or carry Finpay's raw answer.
 */
public final class FinpayProblems {

    public static final String FINPAY_CODE = "finpayCode";
    public static final String FINPAY_MESSAGE = "finpayMessage";
    /** Seconds a client should wait before asking again after Finpay gave no usable answer. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private FinpayProblems() {
    }

    /**
     * Finpay refused an account inquiry, e.g. for an unknown customer (422, type {@code finpay-refused}).
     *
     * @param finpayMessage Finpay's message, with the customer's number already masked
     */
    public static ProblemException inquiryRefused(String finpayCode, String finpayMessage) {
        return new ProblemException(ProblemType.FINPAY_REFUSED,
                "Finpay refused the inquiry: " + finpayMessage + " (" + finpayCode + ").",
                finpay(finpayCode, finpayMessage));
    }

    /**
     * Finpay issued no widget, and the record stored for it is now {@code FAILED}; the problem names it in
     * {@code idProperty}. When Finpay gave no usable answer ({@code unavailable}), 503 {@code finpay-unavailable}
     * with {@code Retry-After} (the cause is not shown); else Finpay refused: {@code refusedType} with Finpay's code
     * and message.
     *
     * @param widget what was asked for, as the detail names it: {@code widget} or {@code bill widget}
     * @param record how the detail names the failed record: {@code widget session} or {@code bill widget}
     * @param finpayMessage Finpay's description, personal data already hidden; may be blank
     */
    public static ProblemException notIssued(boolean unavailable, ProblemType refusedType, String widget,
                                             String record, String idProperty, Object id, String finpayCode,
                                             String finpayMessage) {
        String failed = record + " " + id + " is FAILED";
        if (unavailable) {
            return unavailable("Finpay gave no usable answer, so there is no widget: " + failed
                    + ". Ask for a new widget in a few seconds.", Map.of(idProperty, id.toString()));
        }
        String refusal = finpayMessage.isBlank() ? "Finpay refused to issue the " + widget + " (" + finpayCode + ")."
                : "Finpay refused to issue the " + widget + ": " + finpayMessage + " (" + finpayCode + ").";
        Map<String, Object> properties = finpay(finpayCode, finpayMessage);
        properties.put(idProperty, id.toString());
        return new ProblemException(refusedType, refusal + " " + Character.toUpperCase(failed.charAt(0))
                + failed.substring(1) + "; no widget was issued.", properties);
    }

    /** Finpay gave no usable answer (503, type {@code finpay-unavailable}, {@code Retry-After}). */
    public static ProblemException unavailable(String detail, Map<String, ?> properties) {
        return new ProblemException(ProblemType.FINPAY_UNAVAILABLE, detail, properties).retryAfter(RETRY_AFTER_SECONDS);
    }

    private static Map<String, Object> finpay(String finpayCode, String finpayMessage) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(FINPAY_CODE, finpayCode);
        properties.put(FINPAY_MESSAGE, finpayMessage);
        return properties;
    }
}
