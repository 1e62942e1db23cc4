package io.dompet.adapter.finpay.snap;

import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns what came back from Finpay, or what went wrong on the way, into a {@link SnapAnswer}. Nothing here
 * throws, and no reason quotes a body, a header or an exception message: only statuses, codes and class names.
 */
final class SnapAnswers {

    /** Answers larger than this are not Finpay's JSON. */
    static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final Pattern RESPONSE_CODE = Pattern.compile("\\d{7}");

    /** The one JSON mapper of the adapter: compact output (the bytes sent are the bytes signed), lenient input. */
    static final JsonMapper JSON = JsonMapper.builder()
            .disable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private SnapAnswers() {
    }

    /** Reads and judges a raw answer; the caller still closes {@code response}. */
    static SnapAnswer read(Response response) {
        int status = response.status();
        byte[] body;
        try {
            body = readBody(response);
        } catch (IOException | RuntimeException e) {
            return new SnapAnswer.NoAnswer("HTTP " + status + ", but reading the body failed (" + describe(e) + ")");
        }
        if (body == null) {
            return new SnapAnswer.NoAnswer("HTTP " + status + " with a body over " + MAX_BODY_BYTES + " bytes");
        }
        if (isBlank(body)) {
            return new SnapAnswer.NoAnswer("HTTP " + status + " with an empty body");
        }
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (JacksonException e) {
            return new SnapAnswer.NoAnswer("HTTP " + status + " with a body that is not JSON" + contentType(response));
        }
        if (json == null || !json.isObject()) {
            return new SnapAnswer.NoAnswer("HTTP " + status + " with JSON that is not an object");
        }
        JsonNode code = json.get("responseCode");
        if (code == null || !code.isString()) {
            return new SnapAnswer.NoAnswer("HTTP " + status + " with JSON without a responseCode");
        }
        String responseCode = code.stringValue();
        if (!RESPONSE_CODE.matcher(responseCode).matches()) {
            return new SnapAnswer.NoAnswer("HTTP " + status + " with a responseCode that is not 7 digits");
        }
        if (!responseCode.startsWith(Integer.toString(status))) {
            return new SnapAnswer.NoAnswer("HTTP " + status + " disagrees with responseCode " + responseCode);
        }
        JsonNode message = json.get("responseMessage");
        return new SnapAnswer.Answered(status, responseCode,
                message != null && message.isString() ? message.stringValue() : "", json);
    }

    /** No answer at all: the request failed before a response arrived. */
    static SnapAnswer.NoAnswer failed(Throwable failure, long readTimeoutMillis) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpConnectTimeoutException) {
                return new SnapAnswer.NoAnswer("connect timeout");
            }
            if (cause instanceof HttpTimeoutException) {
                return new SnapAnswer.NoAnswer("read timeout: no answer within " + readTimeoutMillis + " ms");
            }
            if (cause instanceof ConnectException) {
                return new SnapAnswer.NoAnswer("connection failed (" + describe(cause) + ")");
            }
            if (cause.getCause() == null && cause instanceof IOException) {
                return new SnapAnswer.NoAnswer("I/O error (" + describe(cause) + ")");
            }
        }
        return new SnapAnswer.NoAnswer("request failed (" + describe(failure) + ")");
    }

    /** The exception's class name: never its message, which may quote what it failed on. */
    static String describe(Throwable failure) {
        return failure.getClass().getSimpleName();
    }

    private static byte @Nullable [] readBody(Response response) throws IOException {
        if (response.body() == null) {
            return new byte[0];
        }
        try (InputStream in = response.body().asInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            return bytes.length > MAX_BODY_BYTES ? null : bytes;
        }
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static String contentType(Response response) {
        for (var header : response.headers().entrySet()) {
            if (header.getKey() != null && header.getKey().equalsIgnoreCase("Content-Type")) {
                Collection<String> values = header.getValue();
                if (!values.isEmpty()) {
                    String type = values.iterator().next().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
                    if (type.matches("[a-z0-9.+-]{1,40}/[a-z0-9.+-]{1,60}")) {
                        return " (" + type + ")";
                    }
                }
            }
        }
        return "";
    }
}
