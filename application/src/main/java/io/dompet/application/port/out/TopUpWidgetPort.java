package io.dompet.application.port.out;

import io.dompet.domain.shared.FinpayFailure;
import io.dompet.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.Objects;

/** Finpay Money's co-brand API: issues a top-up widget (Get Token + Widget Top Up). Never throws for Finpay's sake. */
public interface TopUpWidgetPort {

    WidgetOutcome openWidget(WidgetRequest request);

    /** Widget Top Up for {@code phoneNumber} under our unique {@code transNumber}. */
    record WidgetRequest(String transNumber, PhoneNumber phoneNumber, Instant requestedAt) {
        public WidgetRequest {
            Objects.requireNonNull(transNumber);
            Objects.requireNonNull(phoneNumber);
            Objects.requireNonNull(requestedAt);
        }
    }

    sealed interface WidgetOutcome {
        /** {@code statusCode} 000: the customer's widget page. */
        record Issued(String widgetUrl) implements WidgetOutcome {
        }

        /** Any other {@code statusCode} with Finpay's description, or one of dompet's own codes (nothing sent). */
        record Refused(FinpayFailure failure) implements WidgetOutcome {
        }

        /** No usable answer (timeout, I/O error, not JSON). */
        record Unknown(String reason) implements WidgetOutcome {
        }
    }
}
