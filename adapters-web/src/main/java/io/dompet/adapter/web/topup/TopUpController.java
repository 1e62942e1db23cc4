package io.dompet.adapter.web.topup;

import io.dompet.adapter.web.bulkhead.FinpayCallGate;
import io.dompet.adapter.web.problem.FinpayProblems;
import io.dompet.adapter.web.problem.InvalidFields;
import io.dompet.adapter.web.problem.ProblemException;
import io.dompet.adapter.web.problem.ProblemType;
import io.dompet.adapter.web.resource.Livemode;
import io.dompet.application.port.in.GetTopUpQuery;
import io.dompet.application.port.in.InquireTopUpCommand;
import io.dompet.application.port.in.InquireTopUpUseCase;
import io.dompet.application.port.in.TopUpCustomerCommand;
import io.dompet.application.port.in.TopUpCustomerUseCase;
import io.dompet.application.port.in.TopUpInquiryResult;
import io.dompet.application.port.in.TopUpResult;
import io.dompet.domain.shared.FinpayFailure;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.ApiClient;
import io.dompet.domain.topup.IdempotencyKey;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Top-ups of customers' Finpay Money wallets from the merchant's deposit: an inquiry that moves no money, the top-up
 * itself under the client's {@code Idempotency-Key}, and reading a top-up.
 *
 * <p>An {@code Idempotency-Key} is the API client's own: the authenticated client's configured name is part of the
 * command, so two clients with the same key get a top-up each. A repeat answers the top-up as it now stands with
 * {@value #IDEMPOTENT_REPLAYED}{@code : true}, or {@code 409 request-in-progress} while the first request still runs.
 *
 * <p>Every input is checked before a use case is called, and every invalid field, header or path variable is named
 * in one {@code invalid-request} problem, so that a bad request stores nothing and reaches no one. (A value the JSON
 * mapping refuses, e.g. an amount sent as a JSON number, stops reading the body: that field alone is named.) Unknown
 * JSON members are ignored, as Spring Boot's JSON mapping does by default.
 *
 * <p>Its length is mostly the OpenAPI description of its three operations, kept beside the code it describes.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Top-ups", description = "Merchant-funded top-ups of customers' Finpay Money wallets")
public class TopUpController {

    /** The header carrying the client's key for one intended top-up. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** The header ({@code true}) on the answer to a repeated request, which did nothing but read the top-up. */
    public static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";
    /** Seconds a client should wait before repeating a request whose first request still runs. */
    public static final int IN_PROGRESS_RETRY_AFTER_SECONDS = 2;
    static final String TOP_UPS = "/api/v1/top-ups";

    private static final Logger log = LoggerFactory.getLogger(TopUpController.class);

    private final InquireTopUpUseCase inquireTopUp;
    private final TopUpCustomerUseCase topUpCustomer;
    private final GetTopUpQuery getTopUp;
    private final FinpayCallGate finpayCalls;
    private final Livemode livemode;

    public TopUpController(InquireTopUpUseCase inquireTopUp, TopUpCustomerUseCase topUpCustomer, GetTopUpQuery getTopUp,
                           FinpayCallGate finpayCalls, Livemode livemode) {
        this.inquireTopUp = Objects.requireNonNull(inquireTopUp);
        this.topUpCustomer = Objects.requireNonNull(topUpCustomer);
        this.getTopUp = Objects.requireNonNull(getTopUp);
        this.finpayCalls = Objects.requireNonNull(finpayCalls);
        this.livemode = Objects.requireNonNull(livemode);
    }

    @Operation(
            operationId = "inquireTopUp",
            summary = "Ask Finpay whether a top-up is possible",
            description = "Finpay's account inquiry: the customer's masked name, the fee and the amount limits. Moves no money, stores nothing.")
    @ApiResponse(responseCode = "200", description = "Finpay knows the customer")
    @ApiResponse(responseCode = "400", description = "An invalid field, named in errors (type invalid-request)")
    @ApiResponse(responseCode = "422", description = "Finpay refused the inquiry, e.g. an unknown customer (type finpay-refused, with finpayCode and finpayMessage)")
    @ApiResponse(responseCode = "503", description = "Finpay gave no usable answer (type finpay-unavailable), or this instance "
            + "is at its limit of concurrent Finpay requests or shutting down (type finpay-busy; Finpay was not asked)",
            headers = @Header(name = "Retry-After", description = "Seconds to wait before asking again", schema = @Schema(type = "integer")))
    @PostMapping(path = "/top-up-inquiries", consumes = MediaType.APPLICATION_JSON_VALUE)
    public TopUpInquiryResponse inquire(@RequestBody TopUpInquiryRequest request) {
        InvalidFields invalid = new InvalidFields();
        PhoneNumber customerNumber = customerNumber(request.customerNumber(), invalid);
        Money amount = positiveAmount(request.amount(), invalid);
        invalid.throwIfAny();

        TopUpInquiryResult result = finpayCalls.call(() -> inquireTopUp.inquire(new InquireTopUpCommand(customerNumber, amount)));
        if (result instanceof TopUpInquiryResult.Inquired inquired) {
            return TopUpInquiryResponse.of(inquired, livemode);
        }
        if (result instanceof TopUpInquiryResult.Refused refused) {
            throw FinpayProblems.inquiryRefused(refused.failure().code(),
                    PhoneNumberRedaction.redact(refused.failure().message(), customerNumber));
        }
        TopUpInquiryResult.Unavailable unavailable = (TopUpInquiryResult.Unavailable) result;
        log.warn("Top-up inquiry for customer {} got no usable answer from Finpay: {}", customerNumber.masked(),
                PhoneNumberRedaction.redact(unavailable.reason(), customerNumber));
        throw FinpayProblems.unavailable(
                "Finpay gave no usable answer to the inquiry; nothing was done. Try again in a few seconds.", Map.of());
    }

    @Operation(
            operationId = "createTopUp",
            summary = "Top up a customer's wallet from the merchant's deposit",
            description = "Inquiry, then top-up. Exactly once per API client and Idempotency-Key (another client's same key is "
                    + "another top-up): repeating a request with the same key and body returns the same top-up as it now stands "
                    + "(200, Idempotent-Replayed: true) without calling Finpay again, or 409 request-in-progress while the first "
                    + "request still runs; the same key with another body is a 409 idempotency-key-conflict. "
                    + "An outcome Finpay has not settled yet is 202 PENDING: poll GET /api/v1/top-ups/{id}.")
    @Parameter(in = ParameterIn.HEADER, name = IDEMPOTENCY_KEY, required = true,
            description = "The client's key for this one intended top-up: 1 to 64 printable ASCII characters, no spaces",
            schema = @Schema(type = "string", minLength = 1, maxLength = 64, pattern = "^[!-~]{1,64}$", example = "order-4711"))
    @ApiResponse(responseCode = "200", description = "A repeat of an earlier request with this key: that top-up as it stands now",
            headers = @Header(name = IDEMPOTENT_REPLAYED, description = "true: nothing was done, the top-up was only read",
                    schema = @Schema(type = "boolean")))
    @ApiResponse(responseCode = "201", description = "Top-up done: SUCCEEDED, or FAILED with the reason in failure",
            headers = @Header(name = "Location", description = "The top-up's URL", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "202", description = "Top-up sent, outcome not known yet (PENDING); dompet keeps asking Finpay",
            headers = @Header(name = "Location", description = "The top-up's URL, to poll", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "A missing or invalid field or Idempotency-Key, named in errors (type invalid-request); nothing was stored")
    @ApiResponse(responseCode = "409", description = "This Idempotency-Key was used for a different top-up (type "
            + "idempotency-key-conflict), or the first request with it is still running (type request-in-progress: send it again "
            + "after Retry-After seconds)",
            headers = @Header(name = "Retry-After", description = "With request-in-progress: seconds to wait before sending the "
                    + "request again", schema = @Schema(type = "integer")))
    @ApiResponse(responseCode = "422", description = "The amount is outside Finpay's limits for the customer, no top-up was sent "
            + "(type amount-outside-limits; the failed top-up's id in topUpId)")
    @ApiResponse(responseCode = "503", description = "This instance is at its limit of concurrent Finpay requests or shutting down "
            + "(type finpay-busy): nothing was stored and Finpay was not asked; or dompet's database cannot be reached "
            + "(type database-unavailable). Send the same request again, with the same Idempotency-Key",
            headers = @Header(name = "Retry-After", description = "Seconds to wait before sending it again", schema = @Schema(type = "integer")))
    @PostMapping(path = "/top-ups", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<TopUpResponse> topUp(@Parameter(hidden = true) HttpServletRequest servletRequest,
                                               @Parameter(hidden = true) @AuthenticationPrincipal String clientName,
                                               @RequestBody TopUpRequest request) {
        InvalidFields invalid = new InvalidFields();
        IdempotencyKey key = idempotencyKey(servletRequest, invalid);
        PhoneNumber customerNumber = customerNumber(request.customerNumber(), invalid);
        Money amount = positiveAmount(request.amount(), invalid);
        invalid.throwIfAny();

        TopUpCustomerCommand command = new TopUpCustomerCommand(new ApiClient(clientName), key, customerNumber, amount);
        TopUpResult result = finpayCalls.call(() -> topUpCustomer.topUp(command));
        if (result instanceof TopUpResult.Executed executed) {
            TopUp topUp = refuseIfOutsideLimits(executed.topUp());
            HttpStatus status = topUp.status().isFinal() ? HttpStatus.CREATED : HttpStatus.ACCEPTED;
            return ResponseEntity.status(status)
                    .location(URI.create(servletRequest.getContextPath() + TOP_UPS + "/" + topUp.id()))
                    .body(TopUpResponse.of(topUp, livemode));
        }
        if (result instanceof TopUpResult.Replayed replayed) {
            return ResponseEntity.ok()
                    .header(IDEMPOTENT_REPLAYED, "true")
                    .body(TopUpResponse.of(refuseIfOutsideLimits(replayed.topUp()), livemode));
        }
        if (result instanceof TopUpResult.InProgress inProgress) {
            log.info("Idempotency-Key of top-up {} repeated while its first request runs; answered in progress",
                    inProgress.existing());
            throw new ProblemException(ProblemType.REQUEST_IN_PROGRESS,
                    "A request with this Idempotency-Key is still being processed; nothing more was done. Send the same "
                            + "request again in a few seconds to learn its outcome.").retryAfter(IN_PROGRESS_RETRY_AFTER_SECONDS);
        }
        TopUpResult.KeyConflict conflict = (TopUpResult.KeyConflict) result;
        log.info("Idempotency-Key of top-up {} reused for a different top-up; refused", conflict.existing());
        // says nothing about the other top-up: the key may be guessable, its customer is not the caller's business
        throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_CONFLICT,
                "This Idempotency-Key was used for a different top-up. Use a new key for a new top-up, or repeat the "
                        + "original request exactly to learn its outcome.");
    }

    @Operation(operationId = "getTopUp",
            summary = "Read a top-up", description = "The top-up as it stands now; poll it while it is PENDING.")
    @ApiResponse(responseCode = "200", description = "The top-up")
    @ApiResponse(responseCode = "400", description = "The id is not a UUID (type invalid-request)")
    @ApiResponse(responseCode = "404", description = "No top-up has this id (type top-up-not-found)")
    @GetMapping("/top-ups/{id}")
    public TopUpResponse getTopUp(@Parameter(description = "The top-up's id, a UUID") @PathVariable("id") String id) {
        TopUpId topUpId = InvalidFields.parseOne("id", id, TopUpId::parse);
        return getTopUp.getTopUp(topUpId)
                .map(topUp -> TopUpResponse.of(topUp, livemode))
                .orElseThrow(() -> new ProblemException(ProblemType.TOP_UP_NOT_FOUND, "No top-up " + topUpId + " is known."));
    }

    /**
     * A top-up dompet stopped because its amount is outside Finpay's limits is answered as a problem, on the first
     * request and on every repeat alike; any other top-up is returned as it is.
     */
    private static TopUp refuseIfOutsideLimits(TopUp topUp) {
        FinpayFailure failure = topUp.failure().orElse(null);
        if (failure != null && FinpayFailure.AMOUNT_OUTSIDE_LIMITS.equals(failure.code())) {
            throw new AmountOutsideLimitsException(topUp.id(), failure.message());
        }
        return topUp;
    }

    /** The one {@code Idempotency-Key} header, or null with the problem added. */
    private static @Nullable IdempotencyKey idempotencyKey(HttpServletRequest request, InvalidFields invalid) {
        List<String> values;
        try {
            values = Collections.list(request.getHeaders(IDEMPOTENCY_KEY));
        } catch (RequestRejectedException controlCharacters) {
            // Spring Security's firewall refuses control characters in header values when they are read
            invalid.add(IDEMPOTENCY_KEY, "Idempotency-Key must be printable ASCII without spaces");
            return null;
        }
        if (values.isEmpty()) {
            invalid.add(IDEMPOTENCY_KEY, "header is required");
            return null;
        }
        if (values.size() > 1) {
            invalid.add(IDEMPOTENCY_KEY, "header must be sent once");
            return null;
        }
        return invalid.parse(IDEMPOTENCY_KEY, values.get(0), IdempotencyKey::new);
    }

    private static @Nullable PhoneNumber customerNumber(@Nullable String raw, InvalidFields invalid) {
        return invalid.required("customerNumber", raw) == null ? null
                : invalid.parse("customerNumber", raw, PhoneNumber::parse);
    }

    private static @Nullable Money positiveAmount(@Nullable String raw, InvalidFields invalid) {
        Money amount = invalid.required("amount", raw) == null ? null : invalid.parse("amount", raw, Money::parse);
        if (amount != null && amount.isZero()) {
            invalid.add("amount", "amount must be greater than zero");
            return null;
        }
        return amount;
    }
}
