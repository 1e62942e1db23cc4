package io.dompet.adapter.web.topup;

import io.dompet.adapter.web.problem.ProblemException;
import io.dompet.adapter.web.problem.ProblemType;
import io.dompet.domain.topup.TopUpId;
import java.util.Map;

/**
 * The amount lies outside the limits Finpay's account inquiry gave for the customer, so no top-up was sent (422,
 * type {@code amount-outside-limits}). The top-up exists, failed, under {@code topUpId}.
 */
public class AmountOutsideLimitsException extends ProblemException {

    /** The property naming the failed top-up. */
    public static final String TOP_UP_ID = "topUpId";

    /** @param detail the failure's message, which names the limits */
    public AmountOutsideLimitsException(TopUpId topUpId, String detail) {
        super(ProblemType.AMOUNT_OUTSIDE_LIMITS, detail, Map.of(TOP_UP_ID, topUpId.toString()));
    }
}
