package io.dompet.sandbox.http;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an {@link Endpoint} answers: status, content type, extra headers, the exact body bytes sent, and how the
 * answer travels (normally in full; a fault injected for tests may drop the connection or stall mid-body).
 *
 * @param status      the HTTP status
 * @param contentType the {@code Content-Type} header value
 * @param headers     extra response headers (name → value), in order
 * @param body        the body bytes, sent as they are (may be empty)
 * @param transport   how the answer is sent: {@link Transport#complete()} unless a fault is injected
 */
public record Reply(int status, String contentType, Map<String, String> headers, byte[] body, Transport transport) {

    public static final String APPLICATION_JSON = "application/json";
    public static final String TEXT_HTML = "text/html; charset=utf-8";

    public Reply {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        Objects.requireNonNull(contentType, "contentType");
        headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
        body = Objects.requireNonNull(body, "body").clone();
        Objects.requireNonNull(transport, "transport");
    }

    /** A reply sent in full. */
    public Reply(int status, String contentType, Map<String, String> headers, byte[] body) {
        this(status, contentType, headers, body, Transport.complete());
    }

    /**
     * How a reply leaves the server. The faults exist so that a merchant's client can be tested against a Finpay that
     * processed a request and then never delivered the answer intact.
     *
     * @param kind  what happens on the wire
     * @param stall how long a {@link Kind#STALL_MID_BODY} reply waits after half its body; zero otherwise
     */
    public record Transport(Kind kind, Duration stall) {

        /** What happens on the wire. */
        public enum Kind {
            /** Status line, headers and the whole body. */
            COMPLETE,
            /** The connection is closed without a byte of the answer. */
            DROP_CONNECTION,
            /** Status line, headers (with the full {@code Content-Length}) and half the body; then a stall, then the connection is closed. */
            STALL_MID_BODY
        }

        public Transport {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(stall, "stall");
            if (stall.isNegative() || (kind != Kind.STALL_MID_BODY && !stall.isZero())) {
                throw new IllegalArgumentException("a stall applies to STALL_MID_BODY only and is not negative: " + stall);
            }
        }

        public static Transport complete() {
            return new Transport(Kind.COMPLETE, Duration.ZERO);
        }
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
        return new Reply(status, contentType, more, body, transport);
    }

    /** Instead of this reply, the connection is closed without an answer (an injected fault). */
    public Reply dropped() {
        return new Reply(status, contentType, headers, body, new Transport(Transport.Kind.DROP_CONNECTION, Duration.ZERO));
    }

    /**
     * This reply's status, headers and the first half of its body (at least one byte is held back), then nothing for
     * {@code stall}, then the connection is closed (an injected fault).
     */
    public Reply stalledMidBody(Duration stall) {
        if (body.length < 2) {
            throw new IllegalStateException("a reply must have a body of at least two bytes to stall in its middle");
        }
        return new Reply(status, contentType, headers, body, new Transport(Transport.Kind.STALL_MID_BODY, stall));
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
                && java.util.Arrays.equals(body, that.body)
                && transport.equals(that.transport);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, contentType, headers, java.util.Arrays.hashCode(body), transport);
    }

    @Override
    public String toString() {
        return "Reply[status=" + status + ", contentType=" + contentType + ", " + body.length + " bytes"
                + (transport.kind() == Transport.Kind.COMPLETE ? "" : ", " + transport.kind()) + "]";
    }
}
