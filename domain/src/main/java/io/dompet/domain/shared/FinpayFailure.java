package io.dompet.domain.shared;

import java.util.Objects;

/**
 * Why Finpay refused a call, or why a top-up, a top-up widget or a bill widget failed: Finpay's code
 * ({@code responseCode}, {@code statusCode}, {@code stat_code}) and message, kept as Finpay sent them, or one of
 * dompet's own codes (prefixed {@code DOMPET_}) when dompet stopped the request before Finpay could act on it. The
 * one type a Finpay refusal travels as, from the Finpay adapter's port outcome to the aggregate and the web.
 * Both are cleaned to be storable whatever Finpay sent: control characters become spaces, and the code is cut to
 * {@value #CODE_MAX_LENGTH} characters, the message to {@value #MESSAGE_MAX_LENGTH}.
 */
public record FinpayFailure(String code, String message) {

    // dompet's own codes, defined here and nowhere else; each means nothing was sent that could move money, except
    // NOT_FOUND_AT_REVIEW, where an operator decided on Finpay's word that nothing did.

    /** Top-up: the amount lies outside the minimum and maximum Finpay's account inquiry returned. */
    public static final String AMOUNT_OUTSIDE_LIMITS = "DOMPET_AMOUNT_OUTSIDE_LIMITS";
    /** Top-up: the account inquiry got no usable answer, so no top-up was sent. */
    public static final String INQUIRY_UNAVAILABLE = "DOMPET_INQUIRY_UNAVAILABLE";
    /** Top-up: the status inquiry says Finpay never saw a top-up that had not been sent. */
    public static final String NEVER_PROCESSED = "DOMPET_NEVER_PROCESSED";
    /**
     * Top-up: an operator failed it after Finpay's status inquiry, asked at that moment, said Finpay knows no such
     * top-up.
     */
    public static final String NOT_FOUND_AT_REVIEW = "DOMPET_NOT_FOUND_AT_REVIEW";
    /**
     * Top-up or top-up widget: Finpay gave no access token, so no top-up was processed (or no widget was
     * requested).
     */
    public static final String TOKEN_UNAVAILABLE = "DOMPET_TOKEN_UNAVAILABLE";
    /** Top-up widget: the phone number has more digits than Finpay Money accepts; nothing was sent. */
    public static final String PHONE_TOO_LONG = "DOMPET_PHONE_TOO_LONG";
    /** Top-up widget: the {@code transNumber} is empty or longer than Finpay accepts; nothing was sent. */
    public static final String INVALID_TRANS_NUMBER = "DOMPET_INVALID_TRANS_NUMBER";
    /** Top-up widget: Finpay gave no usable answer about the widget. */
    public static final String WIDGET_UNAVAILABLE = "DOMPET_WIDGET_UNAVAILABLE";
    /** Bill widget: a request value is longer than Finpay accepts (or empty); nothing was sent. */
    public static final String INVALID_BILL_WIDGET_REQUEST = "DOMPET_INVALID_BILL_WIDGET_REQUEST";
    /** Bill widget: the token to check is blank or unusable; nothing was sent. */
    public static final String INVALID_BILL_WIDGET_TOKEN = "DOMPET_INVALID_BILL_WIDGET_TOKEN";
    /** Bill widget: Finpay gave no usable answer about the widget. */
    public static final String BILL_WIDGET_UNAVAILABLE = "DOMPET_BILL_WIDGET_UNAVAILABLE";

    /** The prefix of dompet's own codes; Finpay's {@code responseCode}s are digits. */
    public static final String DOMPET_PREFIX = "DOMPET_";

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
            throw new InvalidFinpayFailureException("failure code must not be blank");
        }
    }

    /** True when dompet, not Finpay, stopped the top-up. */
    public boolean isDompets() {
        return code.startsWith(DOMPET_PREFIX);
    }
}
