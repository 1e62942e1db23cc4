package io.dompet.domain.topup;

import java.util.Objects;

/**
 * Why a top-up failed: Finpay's {@code responseCode} and message, kept as Finpay sent them, or one of dompet's own
 * codes (prefixed {@code DOMPET_}) when dompet stopped the top-up before Finpay could move money. Both are cleaned
 * to be storable whatever Finpay sent: control characters become spaces, and the code is cut to
 * {@value #CODE_MAX_LENGTH} characters, the message to {@value #MESSAGE_MAX_LENGTH}.
 */
public record FinpayFailure(String code, String message) {

    /** The amount lies outside the minimum and maximum Finpay's account inquiry returned. */
    public static final String AMOUNT_OUTSIDE_LIMITS = "DOMPET_AMOUNT_OUTSIDE_LIMITS";
    /** The account inquiry got no usable answer, so no top-up was sent. */
    public static final String INQUIRY_UNAVAILABLE = "DOMPET_INQUIRY_UNAVAILABLE";
    /** The status inquiry says Finpay never saw a top-up that had not been sent. */
    public static final String NEVER_PROCESSED = "DOMPET_NEVER_PROCESSED";

    /** The room of {@code top_up.failure_code}. */
    public static final int CODE_MAX_LENGTH = 64;
    /** The room of {@code top_up.failure_message}. */
    public static final int MESSAGE_MAX_LENGTH = 255;

    public FinpayFailure {
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(message, "message must not be null");
        code = StoredText.clean(code, CODE_MAX_LENGTH);
        message = StoredText.clean(message, MESSAGE_MAX_LENGTH);
        if (code.isBlank()) {
            throw new InvalidTopUpException("failure code must not be blank");
        }
    }

    /** True when dompet, not Finpay, stopped the top-up. */
    public boolean isDompets() {
        return code.startsWith("DOMPET_");
    }
}
