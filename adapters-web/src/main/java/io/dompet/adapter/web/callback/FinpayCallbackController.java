package io.dompet.adapter.web.callback;

import io.dompet.application.port.in.NotificationResult;
import io.dompet.application.port.in.ReceiveTopUpNotificationUseCase;
import io.dompet.domain.topup.RawNotification;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Receives Finpay's Notify Top Up at {@value #NOTIFY_TOP_UP}: no API key, the use case authenticates the notification
 * by Finpay's signature. The request is handed over exactly as it arrived, as a {@link RawNotification}:
 * <ul>
 *   <li>the body as raw bytes, read from the servlet input stream, never through a message converter (which could
 *       decode, re-encode or, for a form content type, rebuild it from parameters): the signature is over these
 *       bytes. Any content type, or none, is accepted; the signature decides. At most {@value #MAX_BODY_BYTES}
 *       bytes, or 413 without calling the use case;
 *   <li>every header with all its values, names as received;
 *   <li>the path as {@link HttpServletRequest#getRequestURI()}: undecoded, without the query string, and WITH the
 *       context path, because that is the path of the URL Finpay called and signed. A proxy that rewrites paths is
 *       handled by configuring the signed path on the verifier ({@code dompet.finpay.notify.signed-path});
 *   <li>the arrival time from the injected {@link Clock}, read before the body.
 * </ul>
 *
 * <p>Answers are Finpay's SNAP format in {@code application/json} ({@link FinpayCallbackAnswer}), never problem
 * details: 200 {@code 2000000} only once the use case says the credit is committed (first delivery or redelivery),
 * 409 {@code 4090000} for a conflicting redelivery, 401 {@code 4010000} whatever check failed (which one is logged at
 * WARN, never sent back), 400 {@code 4000001}/{@code 4000002} naming the field, 413 {@code 4130000}, and 500
 * {@code 5000000} when the use case fails (e.g. the database is down), so that Finpay delivers again. Logs carry
 * Finpay's {@code referenceNo} and {@code X-EXTERNAL-ID}, never the signature, the body or the phone number.
 */
@RestController
@Tag(name = "Finpay callbacks", description = "Called by Finpay, authenticated by Finpay's signature, answered in Finpay's SNAP format")
public class FinpayCallbackController {

    /** Where Finpay posts Notify Top Up. */
    public static final String NOTIFY_TOP_UP = "/callbacks/finpay/top-up";
    /** The largest body accepted: a notification is well under 1 KiB. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    private static final Logger log = LoggerFactory.getLogger(FinpayCallbackController.class);
    private static final String EXTERNAL_ID = "X-EXTERNAL-ID";

    private final ReceiveTopUpNotificationUseCase receiveNotification;
    private final Clock clock;

    public FinpayCallbackController(ReceiveTopUpNotificationUseCase receiveNotification, Clock clock) {
        this.receiveNotification = Objects.requireNonNull(receiveNotification);
        this.clock = Objects.requireNonNull(clock);
    }

    @Operation(
            operationId = "receiveTopUpNotification",
            summary = "Finpay's Notify Top Up: a customer topped up their wallet through a channel",
            description = "Called by Finpay, not by API clients: no API key; the request is authenticated by Finpay's "
                    + "X-SIGNATURE over the raw body and X-TIMESTAMP. Credits the wallet exactly once per referenceNo; a "
                    + "redelivery with the same content gets the same 200. Any content type is accepted, at most 64 KiB. "
                    + "Answers are Finpay's SNAP format (responseCode, responseMessage) in application/json.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "Finpay's notification, exactly as Finpay signed it",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(type = "object"),
                            examples = @ExampleObject(value = """
                                    {"referenceNo":"2024041712033800001","phoneNo":"6281234567890",\
                                    "transactionDate":"2024-04-17T12:03:38+07:00","merchantId":"FP0001",\
                                    "amount":{"value":"50000.00","currency":"IDR"},"transactionDesc":"Top up",\
                                    "channel":"vabca"}"""))))
    @Parameter(in = ParameterIn.HEADER, name = "X-TIMESTAMP", required = true, description = "When Finpay signed, ISO-8601 with offset",
            schema = @Schema(type = "string", example = "2024-04-17T12:03:38+07:00"))
    @Parameter(in = ParameterIn.HEADER, name = "X-SIGNATURE", required = true,
            description = "Base64 SHA256withRSA over POST:path:hex(SHA-256(minified body)):X-TIMESTAMP", schema = @Schema(type = "string"))
    @Parameter(in = ParameterIn.HEADER, name = "X-PARTNER-ID", required = true, schema = @Schema(type = "string"))
    @Parameter(in = ParameterIn.HEADER, name = EXTERNAL_ID, required = true, schema = @Schema(type = "string", maxLength = 32))
    @ApiResponse(responseCode = "200", description = "Credited, now or by an earlier delivery: 2000000 Success",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = FinpayCallbackAnswer.class)))
    @ApiResponse(responseCode = "400", description = "Not a notification (4000001 Invalid Field Format), or a field missing "
            + "(4000002 Invalid Mandatory Field <field>) or invalid (4000001 Invalid Field Format <field>); nothing stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = FinpayCallbackAnswer.class)))
    @ApiResponse(responseCode = "401", description = "Bad or missing signature, timestamp out of the window, or wrong partner: 4010000 Unauthorized",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = FinpayCallbackAnswer.class)))
    @ApiResponse(responseCode = "409", description = "This referenceNo was notified before with another amount or phone: 4090000 Conflict; nothing changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = FinpayCallbackAnswer.class)))
    @ApiResponse(responseCode = "413", description = "A body over 64 KiB: 4130000 Content Too Large",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = FinpayCallbackAnswer.class)))
    @ApiResponse(responseCode = "500", description = "Not recorded, e.g. the database is unavailable: 5000000 General Error; Finpay delivers again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = FinpayCallbackAnswer.class)))
    @PostMapping(NOTIFY_TOP_UP)
    public ResponseEntity<FinpayCallbackAnswer> notifyTopUp(@Parameter(hidden = true) HttpServletRequest request) {
        Instant receivedAt = clock.instant();
        String externalId = loggable(request);
        Map<String, List<String>> headers;
        try {
            headers = headers(request);
        } catch (RequestRejectedException unprintable) {
            log.warn("Refused a Notify Top Up (external id {}): a header has characters that are not allowed", externalId);
            return FinpayCallbackAnswer.BAD_REQUEST.withStatus(HttpStatus.BAD_REQUEST);
        }
        Optional<byte[]> body;
        try {
            body = LimitedBody.read(request.getInputStream(), request.getContentLengthLong(), MAX_BODY_BYTES);
        } catch (IOException unreadable) {
            log.warn("Could not read the body of a Notify Top Up (external id {}): {}", externalId,
                    unreadable.getClass().getSimpleName());
            return FinpayCallbackAnswer.BAD_REQUEST.withStatus(HttpStatus.BAD_REQUEST);
        }
        if (body.isEmpty()) {
            log.warn("Refused a Notify Top Up (external id {}): body over {} bytes", externalId, MAX_BODY_BYTES);
            return FinpayCallbackAnswer.CONTENT_TOO_LARGE.withStatus(HttpStatus.CONTENT_TOO_LARGE);
        }
        RawNotification notification = new RawNotification(request.getRequestURI(), headers, body.get(), receivedAt);
        NotificationResult result;
        try {
            result = receiveNotification.receive(notification);
        } catch (RuntimeException failure) {
            UUID correlationId = UUID.randomUUID();
            log.error("Notify Top Up (external id {}) not recorded, answered 500 so that Finpay delivers it again;"
                    + " correlation id {}", externalId, correlationId, failure);
            return FinpayCallbackAnswer.GENERAL_ERROR.withStatus(HttpStatus.INTERNAL_SERVER_ERROR);
        }
        return answer(result, externalId);
    }

    private static ResponseEntity<FinpayCallbackAnswer> answer(NotificationResult result, String externalId) {
        if (result instanceof NotificationResult.Credited credited) {
            log.info("Notify Top Up {} credited as top-up {}", credited.topUp().referenceNo().orElse("?"), credited.topUp().id());
            return FinpayCallbackAnswer.SUCCESS.withStatus(HttpStatus.OK);
        }
        if (result instanceof NotificationResult.AlreadyCredited already) {
            log.info("Notify Top Up {} delivered again; already credited as top-up {}",
                    already.topUp().referenceNo().orElse("?"), already.topUp().id());
            return FinpayCallbackAnswer.SUCCESS.withStatus(HttpStatus.OK);
        }
        if (result instanceof NotificationResult.Conflicting conflicting) {
            log.error("Notify Top Up {} (external id {}) arrived again with another amount or phone: answered 409,"
                    + " nothing changed; an operator must look at it", conflicting.referenceNo(), externalId);
            return FinpayCallbackAnswer.CONFLICT.withStatus(HttpStatus.CONFLICT);
        }
        if (result instanceof NotificationResult.Unauthenticated refused) {
            log.warn("Refused a Notify Top Up (external id {}) as unauthenticated: {}", externalId, refused.reason());
            return FinpayCallbackAnswer.UNAUTHORIZED.withStatus(HttpStatus.UNAUTHORIZED);
        }
        if (result instanceof NotificationResult.Malformed malformed) {
            log.warn("Refused a Notify Top Up (external id {}) as malformed: {}", externalId, malformed.reason());
            return FinpayCallbackAnswer.INVALID_FIELD_FORMAT.withStatus(HttpStatus.BAD_REQUEST);
        }
        NotificationResult.InvalidField invalid = (NotificationResult.InvalidField) result;
        log.warn("Refused a Notify Top Up (external id {}): field {} {}", externalId, invalid.field(), invalid.problem());
        return (invalid.missing()
                ? FinpayCallbackAnswer.invalidMandatoryField(invalid.field())
                : FinpayCallbackAnswer.invalidFieldFormat(invalid.field())).withStatus(HttpStatus.BAD_REQUEST);
    }

    /** Every header with all its values, names as first received; a name sent in two cases is one header. */
    private static Map<String, List<String>> headers(HttpServletRequest request) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : Collections.list(request.getHeaderNames())) {
            if (!headers.containsKey(name)) {
                headers.put(name, new ArrayList<>(Collections.list(request.getHeaders(name))));
            }
        }
        return headers;
    }

    /** Finpay's {@code X-EXTERNAL-ID} when it is safe to log (printable ASCII, at most 64 characters), else a stand-in. */
    private static String loggable(HttpServletRequest request) {
        String value;
        try {
            value = request.getHeader(EXTERNAL_ID);
        } catch (RequestRejectedException unprintable) {
            return "(unprintable)";
        }
        if (value == null) {
            return "(none)";
        }
        boolean printable = value.length() <= 64 && value.chars().allMatch(c -> c >= 0x20 && c <= 0x7e);
        return printable ? "'" + value + "'" : "(unprintable)";
    }
}
