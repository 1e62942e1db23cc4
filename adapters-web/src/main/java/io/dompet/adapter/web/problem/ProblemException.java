package io.dompet.adapter.web.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpHeaders;

/**
 * An exception a controller throws to answer with a problem of a given {@link ProblemType}. Its message becomes the
 * problem's {@code detail}, shown to the client and logged: it must never carry a secret or a full phone number.
 * Its {@link #properties()} become extension members of the problem, and its {@link #headers()} response headers.
 */
public abstract class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final transient Map<String, Object> properties;

    protected ProblemException(ProblemType type, String detail) {
        this(type, detail, Map.of());
    }

    /**
     * @param properties extension members of the problem, in order; the same rules as for {@code detail} apply to
     *     their values
     */
    protected ProblemException(ProblemType type, String detail, Map<String, ?> properties) {
        super(Objects.requireNonNull(detail, "detail must not be null"));
        this.type = Objects.requireNonNull(type, "type must not be null");
        this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    public ProblemType type() {
        return type;
    }

    /** The problem's {@code detail}: the exception message. */
    public String detail() {
        return getMessage();
    }

    /** Extension members of the problem, e.g. {@code topUpId}; empty unless a subclass gives some. */
    public Map<String, Object> properties() {
        return properties;
    }

    /** Headers of the problem response, e.g. {@code Retry-After}; none unless a subclass overrides this. */
    public HttpHeaders headers() {
        return new HttpHeaders();
    }
}
