package io.dompet.domain.topup;

import java.util.Objects;

/**
 * Why a top-up failed: Finpay's {@code responseCode} and message, kept as Finpay sent them, or one of dompet's own
 * codes (prefixed {@code DOMPET_}) when dompet stopped the top-up before Finpay could move money.
 */
public record FinpayFailure(String code, String message) {

    /** The amount lies outside the minimum and maximum Finpay's account inquiry returned. */
    public static final String AMOUNT_OUTSIDE_LIMITS = "DOMPET_AMOUNT_OUTSIDE_LIMITS";
    /** The account inquiry got no usable answer, so no top-up was sent. */
    public static final String INQUIRY_UNAVAILABLE = "DOMPET_INQUIRY_UNAVAILABLE";
    /** The status inquiry says Finpay never saw a top-up that had not been sent. */
    public static final String NEVER_PROCESSED = "DOMPET_NEVER_PROCESSED";

    public FinpayFailure {
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(message, "message must not be null");
        if (code.isBlank()) {
            throw new InvalidTopUpException("failure code must not be blank");
        }
        message = message.length() > 255 ? message.substring(0, 255) : message;
    }

    /** True when dompet, not Finpay, stopped the top-up. */
    public boolean isDompets() {
        return code.startsWith("DOMPET_");
    }
}
