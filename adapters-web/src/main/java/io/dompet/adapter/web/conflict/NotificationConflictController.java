package io.dompet.adapter.web.conflict;

import io.dompet.adapter.web.problem.InvalidFields;
import io.dompet.adapter.web.problem.ProblemException;
import io.dompet.adapter.web.problem.ProblemType;
import io.dompet.adapter.web.resource.ListResponse;
import io.dompet.adapter.web.resource.Livemode;
import io.dompet.adapter.web.resource.PageParameters;
import io.dompet.adapter.web.resource.PageParameters.PageRequest;
import io.dompet.application.port.in.NotificationConflictsUseCase;
import io.dompet.application.port.in.NotificationConflictsUseCase.AcknowledgeResult;
import io.dompet.domain.shared.RecordId;
import io.dompet.domain.topup.ApiClient;
import io.dompet.domain.topup.InvalidTopUpException;
import io.dompet.domain.topup.Review;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Notification conflicts (operator API clients only; others get {@code 403 operator-required} from the security
 * filter chain): listed newest first, a page at a time, and acknowledged once, with a reason that is audited.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Operator review")
public class NotificationConflictController {

    private final NotificationConflictsUseCase conflicts;
    private final Livemode livemode;

    public NotificationConflictController(NotificationConflictsUseCase conflicts, Livemode livemode) {
        this.conflicts = Objects.requireNonNull(conflicts);
        this.livemode = Objects.requireNonNull(livemode);
    }

    @Operation(operationId = "listNotificationConflicts", summary = "List notification conflicts, newest first",
            description = "Notify Top Ups refused because their referenceNo was credited with another amount or phone "
                    + "(nothing was credited for them); one per distinct content.")
    @ApiResponse(responseCode = "200", description = "A page of conflicts")
    @ApiResponse(responseCode = "400", description = "An invalid query parameter, named in errors (type invalid-request)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "The API client does not have the operator role (type operator-required)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/notification-conflicts")
    public ListResponse<NotificationConflictResponse> list(
            @Parameter(description = "true: acknowledged ones only; false: open ones only")
            @RequestParam(name = "acknowledged", required = false) @Nullable String acknowledged,
            @Parameter(description = ListResponse.LIMIT_DESCRIPTION)
            @RequestParam(name = ListResponse.LIMIT, required = false) @Nullable String limit,
            @Parameter(description = ListResponse.AFTER_DESCRIPTION)
            @RequestParam(name = ListResponse.AFTER, required = false) @Nullable String after) {
        InvalidFields invalid = new InvalidFields();
        Boolean acknowledgedFilter = PageParameters.bool("acknowledged", acknowledged, invalid);
        PageRequest page = PageParameters.page(limit, after, invalid);
        invalid.throwIfAny();
        return ListResponse.of(conflicts.listConflicts(acknowledgedFilter, page.after(), page.limit()),
                conflict -> NotificationConflictResponse.of(conflict, livemode));
    }

    @Operation(operationId = "acknowledgeNotificationConflict", summary = "Acknowledge a notification conflict",
            description = "Once; the reason is audited.")
    @ApiResponse(responseCode = "200", description = "The conflict, acknowledged")
    @ApiResponse(responseCode = "400", description = "An invalid id or reason, named in errors (type invalid-request)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "The API client does not have the operator role (type operator-required)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No conflict has this id (type notification-conflict-not-found)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Acknowledged before (type review-refused)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(path = "/notification-conflicts/{id}/acknowledge", consumes = MediaType.APPLICATION_JSON_VALUE)
    public NotificationConflictResponse acknowledge(@Parameter(hidden = true) @AuthenticationPrincipal String clientName,
                                                    @Parameter(description = "The conflict's id, a UUID") @PathVariable("id") String id,
                                                    @RequestBody AcknowledgeRequest request) {
        InvalidFields invalid = new InvalidFields();
        UUID conflictId = invalid.parse("id", id,
                text -> RecordId.parse(text, () -> new InvalidTopUpException("conflict id must be a UUID")));
        String reason = invalid.required("reason", request.reason());
        if (reason != null && (reason.isBlank() || reason.length() > Review.REASON_MAX_LENGTH)) {
            invalid.add("reason", "reason must be 1 to " + Review.REASON_MAX_LENGTH + " characters");
        }
        invalid.throwIfAny();

        AcknowledgeResult result = conflicts.acknowledge(Objects.requireNonNull(conflictId), new ApiClient(clientName),
                Objects.requireNonNull(reason));
        if (result instanceof AcknowledgeResult.Acknowledged acknowledged) {
            return NotificationConflictResponse.of(acknowledged.conflict(), livemode);
        }
        if (result instanceof AcknowledgeResult.NotFound) {
            throw new ProblemException(ProblemType.NOTIFICATION_CONFLICT_NOT_FOUND,
                    "No notification conflict " + conflictId + " is known.");
        }
        throw new ProblemException(ProblemType.REVIEW_REFUSED,
                "This notification conflict was acknowledged before; nothing was done.");
    }
}
