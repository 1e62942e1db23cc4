package io.dompet.application.port.in;

import io.dompet.domain.shared.FinpayFailure;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import org.jspecify.annotations.Nullable;

/** The answer to an inquiry. */
public sealed interface TopUpInquiryResult {

    record Inquired(PhoneNumber customerNumber, String customerName, Money fee, @Nullable String feeType,
                    Money minAmount, Money maxAmount) implements TopUpInquiryResult {
    }

    /** Finpay refused, e.g. {@code 4043711} for an unknown customer. */
    record Refused(FinpayFailure failure) implements TopUpInquiryResult {
    }

    /** Finpay gave no usable answer. */
    record Unavailable(String reason) implements TopUpInquiryResult {
    }
}
