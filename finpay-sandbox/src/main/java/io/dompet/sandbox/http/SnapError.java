package io.dompet.sandbox.http;

import java.util.Objects;

/**
 * The SNAP error body {@code {"responseCode":"…","responseMessage":"…"}} shared by every sandbox endpoint.
 * A response code is the HTTP status (3 digits) + service code (2) + case code (2).
 */
public record SnapError(String responseCode, String responseMessage) {

    public static final SnapError BAD_REQUEST = new SnapError("4000000", "Bad Request");
    public static final SnapError NOT_FOUND = new SnapError("4040000", "Not Found");
    public static final SnapError METHOD_NOT_ALLOWED = new SnapError("4050000", "Method Not Allowed");
    /** A JSON POST of a Finpay API without a JSON {@code Content-Type} (see {@link Router.Builder#postJson}). */
    public static final SnapError UNSUPPORTED_MEDIA_TYPE = new SnapError("4150000", "Unsupported Media Type");
    public static final SnapError PAYLOAD_TOO_LARGE = new SnapError("4130000", "Payload Too Large");
    public static final SnapError INTERNAL_SERVER_ERROR = new SnapError("5000000", "Internal Server Error");

    public SnapError {
        Objects.requireNonNull(responseCode, "responseCode");
        Objects.requireNonNull(responseMessage, "responseMessage");
        if (!responseCode.matches("\\d{7}")) {
            throw new IllegalArgumentException("a SNAP responseCode has 7 digits: " + responseCode);
        }
    }

    /** The HTTP status this code carries in its first three digits. */
    public int httpStatus() {
        return Integer.parseInt(responseCode.substring(0, 3));
    }
}
