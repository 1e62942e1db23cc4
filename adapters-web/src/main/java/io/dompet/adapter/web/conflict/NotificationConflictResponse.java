package io.dompet.adapter.web.conflict;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.dompet.adapter.web.resource.Livemode;
import io.dompet.domain.topup.ApiClient;
import io.dompet.domain.topup.NotificationConflict;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A Notify Top Up refused because its referenceNo was credited before with another amount or phone.
 *
 * @param id             the conflict's id
 * @param referenceNo    Finpay's referenceNo the two notifications share
 * @param customerNumber the refused notification's phone number, masked
 * @param amount         the refused notification's amount
 * @param channel        the refused notification's channel
 * @param receivedAt     when it was first refused
 * @param acknowledgedAt when an operator acknowledged it; null while open
 * @param acknowledgedBy the operator API client that acknowledged it; null while open
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(requiredProperties = {"id", "referenceNo", "customerNumber", "amount", "channel", "receivedAt",
        "acknowledgedAt", "acknowledgedBy", Livemode.MEMBER})
public record NotificationConflictResponse(
        @Schema(format = "uuid") String id,
        String referenceNo,
        @Schema(example = "0812******90") String customerNumber,
        @Schema(example = "75000.00") String amount,
        @Schema(example = "vabca") String channel,
        @Schema(format = "date-time") String receivedAt,
        @Schema(nullable = true, format = "date-time") @Nullable String acknowledgedAt,
        @Schema(nullable = true, example = "ops") @Nullable String acknowledgedBy,
        @Schema(description = Livemode.DESCRIPTION) boolean livemode) {

    public static NotificationConflictResponse of(NotificationConflict conflict, Livemode livemode) {
        Instant acknowledgedAt = conflict.acknowledgedAt();
        ApiClient acknowledgedBy = conflict.acknowledgedBy();
        return new NotificationConflictResponse(conflict.id().toString(), conflict.referenceNo(),
                conflict.customerNumber().masked(), conflict.amount().toPlainString(), conflict.channel().code(),
                conflict.receivedAt().toString(), acknowledgedAt == null ? null : acknowledgedAt.toString(),
                acknowledgedBy == null ? null : acknowledgedBy.name(), livemode.live());
    }
}
