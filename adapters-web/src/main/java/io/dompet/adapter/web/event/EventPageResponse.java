package io.dompet.adapter.web.event;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A page of the event log.
 *
 * @param data       the events, oldest first
 * @param hasMore    true when more events can already be read: ask again with {@code nextCursor}
 * @param nextCursor where the next page starts (opaque); also when {@code hasMore} is false, to learn of later events
 */
@Schema(requiredProperties = {"data", "hasMore", "nextCursor"})
public record EventPageResponse(List<EventResponse> data, boolean hasMore,
                                @Schema(example = "NzQ5LjEy") String nextCursor) {
}
