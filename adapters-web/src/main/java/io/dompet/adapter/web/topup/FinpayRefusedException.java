package io.dompet.adapter.web.topup;

import io.dompet.adapter.web.problem.ProblemException;
import io.dompet.adapter.web.problem.ProblemType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Finpay refused an account inquiry, e.g. for an unknown customer (422, type {@code finpay-refused}), with Finpay's
 * {@code responseCode} and {@code responseMessage} as {@code finpayCode} and {@code finpayMessage}.
 */
public class FinpayRefusedException extends ProblemException {

    public static final String FINPAY_CODE = "finpayCode";
    public static final String FINPAY_MESSAGE = "finpayMessage";

    /** @param finpayMessage Finpay's message, with the customer's number already masked */
    public FinpayRefusedException(String finpayCode, String finpayMessage) {
        super(ProblemType.FINPAY_REFUSED, "Finpay refused the inquiry: " + finpayMessage + " (" + finpayCode + ").",
                properties(finpayCode, finpayMessage));
    }

    private static Map<String, Object> properties(String finpayCode, String finpayMessage) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(FINPAY_CODE, finpayCode);
        properties.put(FINPAY_MESSAGE, finpayMessage);
        return properties;
    }
}
