package io.dompet.sandbox.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * One received request, as an {@link Endpoint} sees it: the raw body bytes (signatures are checked over
 * exactly these), headers looked up case-insensitively, and the values of {@code {name}} path segments.
 *
 * @param method         the HTTP method, upper case
 * @param path           the decoded path, e.g. {@code /v1.0/emoney/topup}
 * @param rawQuery       the raw query string without {@code ?}, empty when there is none
 * @param headers        request headers, case-insensitive names
 * @param pathParameters values of the route's {@code {name}} segments
 * @param body           the raw body bytes
 */
public record Request(String method, String path, String rawQuery, Map<String, List<String>> headers,
                      Map<String, String> pathParameters, byte[] body) {

    public Request {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        rawQuery = rawQuery == null ? "" : rawQuery;
        TreeMap<String, List<String>> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Objects.requireNonNull(headers, "headers").forEach((name, values) -> caseInsensitive.put(name, List.copyOf(values)));
        headers = java.util.Collections.unmodifiableMap(caseInsensitive);
        pathParameters = Map.copyOf(Objects.requireNonNull(pathParameters, "pathParameters"));
        body = Objects.requireNonNull(body, "body").clone();
    }

    /** The first value of a header, whatever the case of its name. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The decoded value of a query parameter (the first, when repeated). */
    public Optional<String> queryParameter(String name) {
        if (rawQuery.isEmpty()) {
            return Optional.empty();
        }
        return Arrays.stream(rawQuery.split("&"))
                .map(pair -> pair.split("=", 2))
                .filter(pair -> decode(pair[0]).equals(name))
                .map(pair -> pair.length == 2 ? decode(pair[1]) : "")
                .findFirst();
    }

    /** The value of a {@code {name}} segment of the matched route. */
    public String pathParameter(String name) {
        String value = pathParameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the route has no path parameter " + name);
        }
        return value;
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body read as {@code type}; a body that is not such JSON is rejected with {@link SnapError#BAD_REQUEST}. */
    public <T> T json(Class<T> type) {
        try {
            return Json.read(body, type);
        } catch (JacksonException e) {
            throw RequestRejectedException.snap(SnapError.BAD_REQUEST);
        }
    }

    /** The body read as a JSON tree; a body that is not JSON is rejected with {@link SnapError#BAD_REQUEST}. */
    public JsonNode jsonTree() {
        try {
            return Json.readTree(body);
        } catch (JacksonException e) {
            throw RequestRejectedException.snap(SnapError.BAD_REQUEST);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Request that
                && method.equals(that.method) && path.equals(that.path) && rawQuery.equals(that.rawQuery)
                && headers.equals(that.headers) && pathParameters.equals(that.pathParameters)
                && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, path, rawQuery, headers, pathParameters, Arrays.hashCode(body));
    }

    /** Method and path only: headers, query and body may carry tokens and signatures. */
    @Override
    public String toString() {
        return "Request[" + method + " " + path + ", " + body.length + " bytes]";
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
