package io.dompet.sandbox.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an {@link Endpoint} answers: status, content type, extra headers and the exact body bytes sent.
 *
 * @param status      the HTTP status
 * @param contentType the {@code Content-Type} header value
 * @param headers     extra response headers (name → value), in order
 * @param body        the body bytes, sent as they are (may be empty)
 */
public record Reply(int status, String contentType, Map<String, String> headers, byte[] body) {

    public static final String APPLICATION_JSON = "application/json";
    public static final String TEXT_HTML = "text/html; charset=utf-8";

    public Reply {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        Objects.requireNonNull(contentType, "contentType");
        headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
        body = Objects.requireNonNull(body, "body").clone();
    }

    /** A JSON reply with {@code value} written compactly. */
    public static Reply json(int status, Object value) {
        return new Reply(status, APPLICATION_JSON, Map.of(), Json.write(value));
    }

    /** A 200 JSON reply. */
    public static Reply ok(Object value) {
        return json(200, value);
    }

    /** A JSON reply whose bytes are given exactly (e.g. bytes that were signed). */
    public static Reply jsonBytes(int status, byte[] json) {
        return new Reply(status, APPLICATION_JSON, Map.of(), json);
    }

    /** An HTML page. */
    public static Reply html(int status, String html) {
        return new Reply(status, TEXT_HTML, Map.of(), html.getBytes(StandardCharsets.UTF_8));
    }

    /** A SNAP error body, with the HTTP status from the code's first three digits. */
    public static Reply snapError(SnapError error) {
        return json(error.httpStatus(), error);
    }

    /** This reply with one more header. */
    public Reply withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return new Reply(status, contentType, more, body);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Reply that
                && status == that.status
                && contentType.equals(that.contentType)
                && headers.equals(that.headers)
                && java.util.Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, contentType, headers, java.util.Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "Reply[status=" + status + ", contentType=" + contentType + ", " + body.length + " bytes]";
    }
}
