package io.dompet.adapter.web.problem;

import io.dompet.domain.shared.FinpayFailure;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The problems of a Finpay call that did not give what was asked, the same for the inquiry, the top-up widget and the
 * bill widget: Finpay refused (with Finpay's code and message as {@value #FINPAY_CODE} and {@value #FINPAY_MESSAGE}),
 * or gave no usable answer (503 {@code finpay-unavailable} with {@code Retry-After}). The cause of an unusable answer
 * is logged (by the caller, or by {@link #notIssued} for widgets), never shown: it may name hosts or carry Finpay's raw
 * answer.
 */
public final class FinpayProblems {

    private static final Logger log = LoggerFactory.getLogger(FinpayProblems.class);

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
     * Finpay issued no {@code widget}, and the record stored for it is now {@code FAILED}: logs it (a warning when
     * Finpay gave no usable answer, else an info line) and returns the problem, which names the record in the widget's
     * {@link FinpayWidget#idProperty()}. When Finpay gave no usable answer ({@code unavailable}), 503
     * {@code finpay-unavailable} with {@code Retry-After} (the cause is not shown); else Finpay refused: the widget's
     * refused type with Finpay's code and message.
     *
     * @param subject how the log line names the record, e.g. {@code bill widget <id>}; personal data masked
     * @param failure the failure stored on the record
     * @param hide    hides the request's personal data in Finpay's code and message
     */
    public static ProblemException notIssued(FinpayWidget widget, boolean unavailable, Object id, String subject,
                                             FinpayFailure failure, UnaryOperator<String> hide) {
        String finpayMessage = hide.apply(failure.message());
        String finpayCode = hide.apply(failure.code());
        String failed = widget.record() + " " + id + " is FAILED";
        if (unavailable) {
            log.warn("Finpay gave no usable answer for {}: {}", subject, finpayMessage);
            return unavailable("Finpay gave no usable answer, so there is no widget: " + failed
                    + ". Ask for a new widget in a few seconds.", Map.of(widget.idProperty(), id.toString()));
        }
        log.info("Finpay refused {}: {} ({})", subject, finpayMessage, finpayCode);
        String refusal = finpayMessage.isBlank() ? "Finpay refused to issue the " + widget.widget() + " (" + finpayCode + ")."
                : "Finpay refused to issue the " + widget.widget() + ": " + finpayMessage + " (" + finpayCode + ").";
        Map<String, Object> properties = finpay(finpayCode, finpayMessage);
        properties.put(widget.idProperty(), id.toString());
        return new ProblemException(widget.refusedType(), refusal + " " + Character.toUpperCase(failed.charAt(0))
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
