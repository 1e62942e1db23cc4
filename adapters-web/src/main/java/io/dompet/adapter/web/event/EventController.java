package io.dompet.adapter.web.event;

import io.dompet.adapter.web.problem.InvalidFields;
import io.dompet.adapter.web.problem.ProblemException;
import io.dompet.adapter.web.problem.ProblemType;
import io.dompet.adapter.web.resource.ListResponse;
import io.dompet.adapter.web.resource.Livemode;
import io.dompet.adapter.web.resource.PageParameters;
import io.dompet.domain.event.EventCursor;
import io.dompet.application.port.in.EventPageResult;
import io.dompet.application.port.in.ListEventsQuery;
import io.dompet.application.port.in.ListWebhookDeliveriesQuery;
import io.dompet.application.port.in.RedeliverEventUseCase;
import io.dompet.domain.event.WebhookDelivery;
import io.dompet.domain.event.EventType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The event log, read in pages with an opaque cursor, and its webhook deliveries. Every event is shown as the
 * webhooks POST it ({@link EventResponse}). The events are this instance's world's: an API key of this instance sees
 * the events of its mode (sandbox or live), as it sees its top-ups.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Events", description = "What happened to top-ups, notifications and widgets, in order; the webhooks' log")
public class EventController {

    private final ListEventsQuery events;
    private final RedeliverEventUseCase redeliver;
    private final ListWebhookDeliveriesQuery deliveries;
    private final Livemode livemode;

    public EventController(ListEventsQuery events, RedeliverEventUseCase redeliver, ListWebhookDeliveriesQuery deliveries,
                           Livemode livemode) {
        this.events = Objects.requireNonNull(events);
        this.redeliver = Objects.requireNonNull(redeliver);
        this.deliveries = Objects.requireNonNull(deliveries);
        this.livemode = Objects.requireNonNull(livemode);
    }

    @Operation(operationId = "listEvents", summary = "Page through the event log",
            description = "Events in the log's order, oldest first, after the cursor given (from the start without one). "
                    + "The order is commit-safe: an event never appears before a cursor already handed out, so following "
                    + "nextCursor reads every event exactly once. An empty page keeps the cursor: ask again later with it.")
    @ApiResponse(responseCode = "200", description = "A page of events")
    @ApiResponse(responseCode = "400", description = "An unknown cursor, type, or a limit outside 1 … "
            + ListEventsQuery.MAX_LIMIT + ", named in errors (type invalid-request)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/events")
    public EventPageResponse listEvents(
            @Parameter(description = "nextCursor of the previous page; omit to start at the beginning")
            @RequestParam(name = ListResponse.AFTER, required = false) @Nullable String after,
            @Parameter(description = "Events per page, 1 … " + ListEventsQuery.MAX_LIMIT + "; default "
                    + ListEventsQuery.DEFAULT_LIMIT)
            @RequestParam(name = ListResponse.LIMIT, required = false) @Nullable String limit,
            @Parameter(description = "Only events of this type, e.g. top_up.succeeded")
            @RequestParam(name = "type", required = false) @Nullable String type) {
        InvalidFields invalid = new InvalidFields();
        EventCursor cursor = invalid.decode(ListResponse.AFTER, after, EventCursors::decode,
                "is not a cursor this API handed out");
        int pageSize = PageParameters.limit(limit, PageParameters.LIMIT_RANGE, invalid);
        EventType eventType = invalid.decode("type", type, EventType::fromWireName,
                "must be one of " + Arrays.stream(EventType.values()).map(EventType::wireName).toList());
        invalid.throwIfAny();
        EventPageResult page = events.listEvents(Objects.requireNonNullElse(cursor, EventCursor.START), pageSize,
                Optional.ofNullable(eventType));
        return new EventPageResponse(page.events().stream().map(event -> EventResponse.of(event, livemode)).toList(),
                page.hasMore(), EventCursors.encode(page.next()));
    }

    @Operation(operationId = "getEvent", summary = "Read an event", description = "One event of the log, as the list shows it.")
    @ApiResponse(responseCode = "200", description = "The event")
    @ApiResponse(responseCode = "404", description = "No event has this id (type event-not-found)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/events/{id}")
    public EventResponse getEvent(@Parameter(description = "The event's id, evt_…") @PathVariable("id") String id) {
        return events.getEvent(id).map(event -> EventResponse.of(event, livemode)).orElseThrow(() -> notFound(id));
    }

    @Operation(operationId = "redeliverEvent", summary = "Send an event to the webhooks again",
            description = "Schedules a new delivery of the event to every configured webhook endpoint whose types take it "
                    + "(with the same webhook-id); GET /api/v1/webhook-deliveries shows its attempts.")
    @ApiResponse(responseCode = "202", description = "Deliveries scheduled: how many")
    @ApiResponse(responseCode = "404", description = "No event has this id (type event-not-found)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping("/events/{id}/redeliver")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public RedeliveryResponse redeliver(@Parameter(description = "The event's id, evt_…") @PathVariable("id") String id) {
        OptionalInt scheduled = redeliver.redeliver(id);
        if (scheduled.isEmpty()) {
            throw notFound(id);
        }
        return new RedeliveryResponse(id, scheduled.getAsInt());
    }

    @Operation(operationId = "listWebhookDeliveries", summary = "List webhook deliveries", description = "Newest first, with their attempts so far.")
    @ApiResponse(responseCode = "200", description = "The deliveries")
    @ApiResponse(responseCode = "400", description = "An unknown status or a limit outside 1 … " + ListEventsQuery.MAX_LIMIT
            + " (type invalid-request)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/webhook-deliveries")
    public List<WebhookDeliveryResponse> listDeliveries(
            @Parameter(description = "Only deliveries to this endpoint (its name under dompet.webhooks)")
            @RequestParam(name = "endpoint", required = false) @Nullable String endpoint,
            @Parameter(description = "Only deliveries in this status: PENDING, DELIVERED or FAILED")
            @RequestParam(name = "status", required = false) @Nullable String status,
            @Parameter(description = "How many, 1 … " + ListEventsQuery.MAX_LIMIT + "; default " + ListEventsQuery.DEFAULT_LIMIT)
            @RequestParam(name = "limit", required = false) @Nullable String limit) {
        InvalidFields invalid = new InvalidFields();
        WebhookDelivery.Status wanted = PageParameters.oneOf("status", status, WebhookDelivery.Status.class,
                "must be PENDING, DELIVERED or FAILED", invalid);
        int size = PageParameters.limit(limit, PageParameters.LIMIT_RANGE, invalid);
        invalid.throwIfAny();
        return deliveries.listDeliveries(Optional.ofNullable(endpoint), Optional.ofNullable(wanted), size).stream()
                .map(WebhookDeliveryResponse::of).toList();
    }

    /** Names the id only when it looks like one of ours: a path variable is never echoed as it came. */
    private static ProblemException notFound(String id) {
        return new ProblemException(ProblemType.EVENT_NOT_FOUND, id.matches("evt_[0-9a-f]{32}")
                ? "No event " + id + " is known." : "No event with this id is known.");
    }

    /**
     * The answer to a redelivery.
     *
     * @param eventId              the event
     * @param deliveriesScheduled  how many endpoints take it
     */
    @Schema(requiredProperties = {"eventId", "deliveriesScheduled"})
    public record RedeliveryResponse(String eventId, int deliveriesScheduled) {
    }
}
