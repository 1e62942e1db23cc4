package io.dompet.adapter.web.event;

import io.dompet.adapter.web.billwidget.BillWidgetResponse;
import io.dompet.adapter.web.conflict.NotificationConflictResponse;
import io.dompet.adapter.web.resource.Livemode;
import io.dompet.adapter.web.topup.TopUpResponse;
import io.dompet.adapter.web.topupwidget.TopUpWidgetResponse;
import io.dompet.application.port.in.EventResult;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An event as the API shows it, and as each webhook POSTs it: the resource in {@code data} is rendered by the
 * resource's own response mapping, exactly as its GET endpoint shows it (phone numbers masked, nothing secret). The API
 * description tells the kinds of {@code data} apart by {@code type} (the openapi package's EventDocumentation, from
 * {@link EventSubject}).
 *
 * @param id        the event's id, {@code evt_…}, also the webhook's {@code webhook-id}
 * @param type      what happened, e.g. {@code top_up.succeeded}
 * @param createdAt when the change was written (the database's clock)
 * @param data      the resource as it was right after the change
 * @param livemode  true for a real event, false in sandbox mode
 */
@Schema(requiredProperties = {"id", "type", "createdAt", "data", Livemode.MEMBER})
public record EventResponse(
        @Schema(example = "evt_6f1c2a9e0b7d4c3a8e5f1a2b3c4d5e6f") String id,
        String type,
        @Schema(format = "date-time", example = "2026-11-24T05:03:38.123456Z") String createdAt,
        Object data,
        @Schema(description = Livemode.DESCRIPTION) boolean livemode) {

    public static EventResponse of(EventResult event, Livemode livemode) {
        Object data;
        if (event.data() instanceof EventResult.TopUpData topUp) {
            data = TopUpResponse.of(topUp.topUp(), livemode);
        } else if (event.data() instanceof EventResult.TopUpWidgetData widget) {
            data = TopUpWidgetResponse.of(widget.widget(), livemode);
        } else if (event.data() instanceof EventResult.NotificationConflictData conflict) {
            data = NotificationConflictResponse.of(conflict.conflict(), livemode);
        } else {
            data = BillWidgetResponse.of(((EventResult.BillWidgetData) event.data()).widget(), livemode);
        }
        return new EventResponse(event.id(), event.type().wireName(), event.createdAt().toString(), data, livemode.live());
    }
}
