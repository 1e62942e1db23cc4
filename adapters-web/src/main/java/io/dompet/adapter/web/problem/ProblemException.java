package io.dompet.adapter.web.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpHeaders;

/**
 * Answers the request with a problem of a given {@link ProblemType}: the one exception controllers, filters and the
 * Finpay call gate throw for an expected failure. Its message becomes the problem's {@code detail}, shown to the
 * client and logged: it must never carry a secret or a full phone number. Its {@link #properties()} become extension
 * members of the problem, and its {@link #headers()} response headers. Only {@link InvalidRequestException} (the
 * invalid fields) extends it; every other problem is an instance of this class, built where it is thrown.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final transient Map<String, Object> properties;
    private final transient HttpHeaders headers;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, Map.of());
    }

    /**
     * @param properties extension members of the problem, in order; the same rules as for {@code detail} apply to
     *     their values
     */
    public ProblemException(ProblemType type, String detail, Map<String, ?> properties) {
        this(type, detail, properties, HttpHeaders.EMPTY);
    }

    private ProblemException(ProblemType type, String detail, Map<String, ?> properties, HttpHeaders headers) {
        super(Objects.requireNonNull(detail, "detail must not be null"));
        this.type = Objects.requireNonNull(type, "type must not be null");
        this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        this.headers = HttpHeaders.readOnlyHttpHeaders(headers);
    }

    /** This problem with {@code Retry-After: seconds}: the client may send the same request again after that long. */
    public ProblemException retryAfter(int seconds) {
        HttpHeaders withRetry = new HttpHeaders();
        withRetry.addAll(headers);
        withRetry.set(HttpHeaders.RETRY_AFTER, Integer.toString(seconds));
        return new ProblemException(type, getMessage(), properties, withRetry);
    }

    public ProblemType type() {
        return type;
    }

    /** The problem's {@code detail}: the exception message. */
    public String detail() {
        return getMessage();
    }

    /** Extension members of the problem, e.g. {@code topUpId}; empty unless given. */
    public Map<String, Object> properties() {
        return properties;
    }

    /** Headers of the problem response, e.g. {@code Retry-After}; none unless given. */
    public HttpHeaders headers() {
        return headers;
    }
}
