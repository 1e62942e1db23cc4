package io.dompet.adapter.web.topupwidget;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.dompet.adapter.web.resource.Livemode;
import io.dompet.application.port.in.TopUpWidgetResult;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpChannel;
import io.dompet.domain.topupwidget.TopUpWidgetSession;
import io.dompet.domain.topupwidget.TopUpWidgetStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A top-up widget session as the API shows it, the same after {@code POST} and on {@code GET}. Every member is
 * present; those not known (yet) are null. Amounts are decimal strings with two decimals, times ISO-8601 instants in
 * UTC.
 *
 * @param id dompet's id of the session, as in {@code /api/v1/top-up-widgets/{id}}
 * @param transNumber dompet's unique reference of the widget at Finpay
 * @param phoneNumber the customer's number, masked ({@code 0812******90})
 * @param widgetUrl the page where the customer picks a channel and pays; null unless Finpay issued the widget
 * @param status {@code REQUESTED}, {@code OPEN}, {@code COMPLETED}, {@code EXPIRED} or {@code FAILED}, as of the
 *     response
 * @param issuedAt when Finpay issued the widget; null unless it did
 * @param topUp the customer's top-up that completed the session; null unless {@code COMPLETED}
 * @param livemode true for a real widget, false in sandbox mode
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(requiredProperties = {"id", "transNumber", "phoneNumber", "widgetUrl", "status", "issuedAt", "topUp", Livemode.MEMBER})
public record TopUpWidgetResponse(
        @Schema(format = "uuid", example = "5f0c2a9e-8b1d-4c3e-9a7f-1e2d3c4b5a69") String id,
        @Schema(example = "DPW7Q2M9X4K1") String transNumber,
        @Schema(example = "0812******90") String phoneNumber,
        @Schema(nullable = true, format = "uri",
                example = "https://demos.finnet.co.id/apicobrand/widget/api/topup.php?access=0606823ebb919f12")
        @Nullable String widgetUrl,
        @Schema(allowableValues = {"REQUESTED", "OPEN", "COMPLETED", "EXPIRED", "FAILED"},
                description = "OPEN until the customer pays (COMPLETED) or the widget's 24 hours pass (EXPIRED); FAILED when Finpay issued no widget")
        String status,
        @Schema(nullable = true, format = "date-time", example = "2024-04-17T05:03:39Z") @Nullable String issuedAt,
        @Schema(nullable = true, description = "The top-up the customer paid through the widget; null unless the status is COMPLETED")
        @Nullable CompletingTopUp topUp,
        @Schema(description = Livemode.DESCRIPTION) boolean livemode) {

    /**
     * The top-up that completed a widget session, learnt from Finpay's Notify Top Up.
     *
     * @param id dompet's id of the top-up, as in {@code /api/v1/top-ups/{id}}
     * @param amount the amount credited to the wallet
     * @param channel the channel the customer paid through ({@code vabca}, {@code alfamart}, …)
     * @param referenceNo Finpay's reference of the top-up
     * @param status the top-up's status
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(requiredProperties = {"id", "amount", "channel", "referenceNo", "status"})
    public record CompletingTopUp(
            @Schema(format = "uuid", example = "0b8f5c3e-2d7a-4a51-9f0e-6c1d2b3a4e5f") String id,
            @Schema(example = "50000.00") String amount,
            @Schema(nullable = true, example = "vabca") @Nullable String channel,
            @Schema(nullable = true, example = "2024041712033800001") @Nullable String referenceNo,
            @Schema(allowableValues = {"REQUESTED", "SENDING", "PENDING", "SUCCEEDED", "FAILED"}) String status) {

        static CompletingTopUp of(TopUp topUp) {
            return new CompletingTopUp(
                    topUp.id().toString(),
                    topUp.amount().toPlainString(),
                    topUp.channel().map(TopUpChannel::code).orElse(null),
                    topUp.referenceNo().orElse(null),
                    topUp.status().name());
        }
    }

    /** A session Finpay has just opened: its stored status, and no top-up yet. */
    static TopUpWidgetResponse opened(TopUpWidgetSession session, Livemode livemode) {
        return of(session, session.storedStatus(), null, livemode);
    }

    /** A session read back: its status as of the query and, once completed, its top-up. */
    public static TopUpWidgetResponse of(TopUpWidgetResult result, Livemode livemode) {
        return of(result.session(), result.status(), result.completingTopUp().map(CompletingTopUp::of).orElse(null),
                livemode);
    }

    private static TopUpWidgetResponse of(TopUpWidgetSession session, TopUpWidgetStatus status,
                                          @Nullable CompletingTopUp topUp, Livemode livemode) {
        return new TopUpWidgetResponse(
                session.id().toString(),
                session.transNumber(),
                session.phoneNumber().masked(),
                session.widgetUrl().orElse(null),
                status.name(),
                session.issuedAt().map(Instant::toString).orElse(null),
                topUp,
                livemode.live());
    }
}
