package io.dompet.adapter.web.topup;

import io.dompet.adapter.web.problem.InvalidFields;
import io.dompet.adapter.web.problem.ProblemException;
import io.dompet.adapter.web.problem.ProblemType;
import io.dompet.adapter.web.resource.Livemode;
import io.dompet.application.port.in.GetTopUpQuery;
import io.dompet.application.port.in.ReviewResult;
import io.dompet.application.port.in.ReviewTopUpCommand;
import io.dompet.application.port.in.ReviewTopUpUseCase;
import io.dompet.domain.shared.DomainValidationException;
import io.dompet.domain.topup.ApiClient;
import io.dompet.domain.topup.ReviewAction;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operator review of top-ups (clients with the {@code operator} role only; the security filter chain answers others
 * with {@code 403 operator-required}): recheck with Finpay now, succeed with Finpay's referenceNo, or fail when
 * Finpay says the top-up does not exist or failed; and the audit of those decisions. The answer to a review is the
 * top-up as {@code GET /api/v1/top-ups/{id}} shows it.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Operator review", description = "Settling top-ups a person must look at; operator API clients only")
public class TopUpReviewController {

    /** The problem member carrying Finpay's answer when a review is refused because of it. */
    public static final String FINPAY_STATUS = "finpayStatus";

    private final ReviewTopUpUseCase reviewTopUp;
    private final GetTopUpQuery getTopUp;
    private final Livemode livemode;

    public TopUpReviewController(ReviewTopUpUseCase reviewTopUp, GetTopUpQuery getTopUp, Livemode livemode) {
        this.reviewTopUp = Objects.requireNonNull(reviewTopUp);
        this.getTopUp = Objects.requireNonNull(getTopUp);
        this.livemode = Objects.requireNonNull(livemode);
    }

    @Operation(operationId = "reviewTopUp", summary = "Review a top-up",
            description = "recheck: Finpay's status inquiry now, recorded as the reconciler would. succeed (referenceNo and "
                    + "reason required): the top-up becomes SUCCEEDED and the wallet is credited, once however many reviews "
                    + "race. fail (reason required): only when Finpay's status inquiry, asked now, says the top-up does not "
                    + "exist or failed. Every decision is audited (GET /api/v1/top-ups/{id}/reviews).")
    @ApiResponse(responseCode = "200", description = "The decision was taken: the top-up as it now stands")
    @ApiResponse(responseCode = "400", description = "An invalid field, named in errors (type invalid-request); nothing was done",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "The API client does not have the operator role (type operator-required)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No top-up has this id (type top-up-not-found)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The decision cannot be taken on the top-up as it stands: already settled, "
            + "changed meanwhile (another review won), checked by another instance right now, or Finpay's answer does not "
            + "allow it (then in finpayStatus) (type review-refused); nothing was done",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(path = "/top-ups/{id}/review", consumes = MediaType.APPLICATION_JSON_VALUE)
    public TopUpResponse review(@Parameter(hidden = true) @AuthenticationPrincipal String clientName,
                                @Parameter(description = "The top-up's id, a UUID") @PathVariable("id") String id,
                                @RequestBody ReviewRequest request) {
        InvalidFields invalid = new InvalidFields();
        TopUpId topUpId = invalid.parse("id", id, TopUpId::parse);
        ReviewAction action = request.action() == null ? null : ReviewAction.ofWireName(request.action())
                .filter(known -> known != ReviewAction.ACKNOWLEDGE).orElse(null);
        if (request.action() == null) {
            invalid.add("action", InvalidFields.REQUIRED);
        } else if (action == null) {
            invalid.add("action", "action must be recheck, succeed or fail");
        }
        ReviewTopUpCommand command = null;
        if (topUpId != null && action != null) {
            try {
                command = new ReviewTopUpCommand(topUpId, new ApiClient(clientName), action, request.referenceNo(),
                        request.reason());
            } catch (DomainValidationException e) {
                invalid.add(fieldOf(e.getMessage()), e.getMessage());
            }
        }
        invalid.throwIfAny();

        ReviewResult result = reviewTopUp.review(Objects.requireNonNull(command));
        if (result instanceof ReviewResult.Reviewed reviewed) {
            return TopUpResponse.of(reviewed.topUp(), livemode);
        }
        if (result instanceof ReviewResult.NotFound) {
            throw new ProblemException(ProblemType.TOP_UP_NOT_FOUND, "No top-up " + topUpId + " is known.");
        }
        ReviewResult.Refused refused = (ReviewResult.Refused) result;
        Map<String, Object> properties = new LinkedHashMap<>();
        if (refused.finpayStatus() != null) {
            properties.put(FINPAY_STATUS, masked(refused.finpayStatus(), topUpId));
        }
        throw new ProblemException(ProblemType.REVIEW_REFUSED, masked(refused.reason(), topUpId), properties);
    }

    @Operation(operationId = "listTopUpReviews", summary = "Read the audited decisions about a top-up", description = "Oldest first: who, when, what, why.")
    @ApiResponse(responseCode = "200", description = "The decisions, possibly none")
    @ApiResponse(responseCode = "403", description = "The API client does not have the operator role (type operator-required)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No top-up has this id (type top-up-not-found)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/top-ups/{id}/reviews")
    public List<ReviewResponse> reviews(@Parameter(description = "The top-up's id, a UUID") @PathVariable("id") String id) {
        TopUpId topUpId = InvalidFields.parseOne("id", id, TopUpId::parse);
        if (getTopUp.getTopUp(topUpId).isEmpty()) {
            throw new ProblemException(ProblemType.TOP_UP_NOT_FOUND, "No top-up " + topUpId + " is known.");
        }
        return reviewTopUp.reviewsOf(topUpId).stream().map(review -> ReviewResponse.of(review, livemode)).toList();
    }

    /** The field a rule of {@link ReviewTopUpCommand} names: its message starts with it. */
    private static String fieldOf(String message) {
        for (String field : List.of("referenceNo", "reason")) {
            if (message.startsWith(field)) {
                return field;
            }
        }
        return "action";
    }

    /** Finpay's words with any full phone number of the top-up masked. */
    private String masked(String text, TopUpId topUpId) {
        return getTopUp.getTopUp(topUpId).map(TopUp::customerNumber)
                .map(customer -> PhoneNumberRedaction.redact(text, customer)).orElse(text);
    }
}
