package io.dompet.application.port.out;

import io.dompet.domain.billwidget.BillInfo;
import io.dompet.domain.billwidget.ProductCode;
import io.dompet.domain.shared.FinpayFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Finpay's bill-payment widget API: Generate Widget and Check Token. Never throws for Finpay's sake. */
public interface BillWidgetPort {

    GenerateOutcome generate(GenerateRequest request);

    CheckOutcome check(String token);

    /** Generate Widget; terminal, terminal name and merchant credentials come from the adapter's configuration. */
    record GenerateRequest(String trxId, String uniqKey, List<ProductCode> productCodes, @Nullable BillInfo billInfo,
                           boolean isNotif, Duration timeout, String backUrl, String returnUrl, Instant requestedAt) {
        public GenerateRequest {
            Objects.requireNonNull(trxId);
            Objects.requireNonNull(uniqKey);
            productCodes = List.copyOf(productCodes);
            Objects.requireNonNull(timeout);
            Objects.requireNonNull(backUrl);
            Objects.requireNonNull(returnUrl);
            Objects.requireNonNull(requestedAt);
        }
    }

    sealed interface GenerateOutcome {
        /** {@code data.responseCode} 2000000 with the redirect URL and the token taken from it. */
        record Generated(String redirectUrl, String token) implements GenerateOutcome {
        }

        /** Finpay refused, with its code ({@code data.responseCode} or {@code stat_code}) and description. */
        record Refused(FinpayFailure failure) implements GenerateOutcome {
        }

        record Unknown(String reason) implements GenerateOutcome {
        }
    }

    sealed interface CheckOutcome {
        /** The token is valid: what Finpay says the widget is for. */
        record Valid(List<String> productCodes, @Nullable String trxId, boolean includeBill) implements CheckOutcome {
        }

        /** The token is not (or no longer) valid, with Finpay's code and message. */
        record Invalid(FinpayFailure failure) implements CheckOutcome {
        }

        record Unknown(String reason) implements CheckOutcome {
        }
    }
}
