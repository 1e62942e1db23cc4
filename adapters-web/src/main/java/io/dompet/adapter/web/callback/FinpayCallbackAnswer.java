package io.dompet.adapter.web.callback;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An answer to a Finpay callback in Finpay's SNAP format, {@code {"responseCode":"2000000","responseMessage":"Success"}}:
 * the code is the HTTP status, a two-digit service code ({@code 00}) and a two-digit case code. Finpay reads these
 * answers, so they are {@code application/json}, never {@code application/problem+json}, whatever went wrong.
 *
 * @param responseCode seven digits: HTTP status, service code {@code 00}, case code
 * @param responseMessage the meaning of the code in words; never the value that was refused, nor anything internal
 */
@Schema(name = "FinpayCallbackAnswer", requiredProperties = {"responseCode", "responseMessage"})
public record FinpayCallbackAnswer(
        @Schema(example = "2000000") String responseCode,
        @Schema(example = "Success") String responseMessage) {

    /** Where Finpay's callbacks arrive; every answer below it is in this format. */
    public static final String CALLBACKS = "/callbacks/";

    static final FinpayCallbackAnswer SUCCESS = new FinpayCallbackAnswer("2000000", "Success");
    static final FinpayCallbackAnswer BAD_REQUEST = new FinpayCallbackAnswer("4000000", "Bad Request");
    static final FinpayCallbackAnswer INVALID_FIELD_FORMAT = new FinpayCallbackAnswer("4000001", "Invalid Field Format");
    static final FinpayCallbackAnswer UNAUTHORIZED = new FinpayCallbackAnswer("4010000", "Unauthorized");
    static final FinpayCallbackAnswer CONFLICT = new FinpayCallbackAnswer("4090000", "Conflict");
    static final FinpayCallbackAnswer CONTENT_TOO_LARGE = new FinpayCallbackAnswer("4130000", "Content Too Large");
    static final FinpayCallbackAnswer GENERAL_ERROR = new FinpayCallbackAnswer("5000000", "General Error");

    public FinpayCallbackAnswer {
        Objects.requireNonNull(responseCode, "responseCode");
        Objects.requireNonNull(responseMessage, "responseMessage");
    }

    /** {@code 4000001 Invalid Field Format <field>}: the field is there, its value is not valid. */
    static FinpayCallbackAnswer invalidFieldFormat(String field) {
        return new FinpayCallbackAnswer("4000001", "Invalid Field Format " + field);
    }

    /** {@code 4000002 Invalid Mandatory Field <field>}: the field is missing. */
    static FinpayCallbackAnswer invalidMandatoryField(String field) {
        return new FinpayCallbackAnswer("4000002", "Invalid Mandatory Field " + field);
    }

    /**
     * The generic answer of an HTTP status: {@code <status>0000} with the status's reason phrase, and
     * {@code 5000000 General Error} for every server error, so that nothing about the cause is told.
     */
    public static FinpayCallbackAnswer forStatus(int status) {
        if (status >= 500 && status <= 599) {
            return GENERAL_ERROR;
        }
        if (status == HttpStatus.BAD_REQUEST.value()) {
            return BAD_REQUEST;
        }
        HttpStatus known = HttpStatus.resolve(status);
        return new FinpayCallbackAnswer(status + "0000", known == null ? "Error" : known.getReasonPhrase());
    }

    /**
     * The answer to a callback request that failed before or outside its controller (an unknown callback path, a wrong
     * method, an error dispatch, a failure no controller caught): {@link #forStatus(int)} with the status and headers
     * the same failure gets elsewhere as a problem.
     */
    public static ResponseEntity<Object> forError(int status, HttpHeaders headers) {
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_JSON).body(forStatus(status));
    }

    /** This answer with {@code status}, as {@code application/json} whatever the request's {@code Accept} header says. */
    ResponseEntity<FinpayCallbackAnswer> withStatus(HttpStatus status) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(this);
    }

    /**
     * Whether {@code request} is, or is the error dispatch of, a request to a Finpay callback (a path under
     * {@value #CALLBACKS} below the context path), so that its errors are answered in this format.
     */
    public static boolean isCallback(HttpServletRequest request) {
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = errorUri instanceof String original ? original : request.getRequestURI();
        if (uri == null) {
            return false;
        }
        String contextPath = request.getContextPath();
        if (contextPath != null && !contextPath.isEmpty() && uri.startsWith(contextPath)) {
            uri = uri.substring(contextPath.length());
        }
        return uri.startsWith(CALLBACKS);
    }
}
