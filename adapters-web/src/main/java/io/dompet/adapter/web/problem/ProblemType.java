package io.dompet.adapter.web.problem;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * The kinds of problem this API answers with. Each has a stable {@code type} URI,
 * {@code https://dompet.io/problems/<slug>}, that clients may switch on; titles never change for a type either.
 */
public enum ProblemType {

    INVALID_REQUEST("invalid-request", HttpStatus.BAD_REQUEST, "Invalid request"),
    UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED, "Unauthorized"),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Forbidden"),
    OPERATOR_REQUIRED("operator-required", HttpStatus.FORBIDDEN, "Operator role required"),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),
    WALLET_NOT_FOUND("wallet-not-found", HttpStatus.NOT_FOUND, "Wallet not found"),
    TOP_UP_NOT_FOUND("top-up-not-found", HttpStatus.NOT_FOUND, "Top-up not found"),
    NOTIFICATION_CONFLICT_NOT_FOUND("notification-conflict-not-found", HttpStatus.NOT_FOUND, "Notification conflict not found"),
    REVIEW_REFUSED("review-refused", HttpStatus.CONFLICT, "Review refused"),
    TOP_UP_WIDGET_NOT_FOUND("top-up-widget-not-found", HttpStatus.NOT_FOUND, "Top-up widget not found"),
    BILL_WIDGET_NOT_FOUND("bill-widget-not-found", HttpStatus.NOT_FOUND, "Bill widget not found"),
    EVENT_NOT_FOUND("event-not-found", HttpStatus.NOT_FOUND, "Event not found"),
    UNKNOWN_PRODUCT_CODE("unknown-product-code", HttpStatus.UNPROCESSABLE_CONTENT, "Unknown product code"),
    IDEMPOTENCY_KEY_CONFLICT("idempotency-key-conflict", HttpStatus.CONFLICT, "Idempotency key conflict"),
    REQUEST_IN_PROGRESS("request-in-progress", HttpStatus.CONFLICT, "Request in progress"),
    REQUEST_TOO_LARGE("request-too-large", HttpStatus.CONTENT_TOO_LARGE, "Request too large"),
    AMOUNT_OUTSIDE_LIMITS("amount-outside-limits", HttpStatus.UNPROCESSABLE_CONTENT, "Amount outside limits"),
    FINPAY_REFUSED("finpay-refused", HttpStatus.UNPROCESSABLE_CONTENT, "Refused by Finpay"),
    FINPAY_WIDGET_REFUSED("finpay-widget-refused", HttpStatus.BAD_GATEWAY, "Widget refused by Finpay"),
    FINPAY_BILL_WIDGET_REFUSED("finpay-bill-widget-refused", HttpStatus.BAD_GATEWAY, "Bill widget refused by Finpay"),
    FINPAY_UNAVAILABLE("finpay-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Finpay unavailable"),
    FINPAY_BUSY("finpay-busy", HttpStatus.SERVICE_UNAVAILABLE, "Busy"),
    DATABASE_UNAVAILABLE("database-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Database unavailable"),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),
    CONFLICT("conflict", HttpStatus.CONFLICT, "Conflict"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

    /** Every problem type URI starts with this. */
    public static final String BASE_URI = "https://dompet.io/problems/";

    private final String slug;
    private final HttpStatus status;
    private final String title;

    ProblemType(String slug, HttpStatus status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public String slug() {
        return slug;
    }

    public URI uri() {
        return URI.create(BASE_URI + slug);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }
}
