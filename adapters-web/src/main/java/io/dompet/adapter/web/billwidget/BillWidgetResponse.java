package io.dompet.adapter.web.billwidget;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.dompet.adapter.web.resource.Livemode;
import io.dompet.application.port.in.BillWidgetResult;
import io.dompet.domain.billwidget.BillWidget;
import io.dompet.domain.billwidget.ProductCode;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A bill widget read back, {@code GET /api/v1/bill-widgets/{id}}. Every member is present; those not known are null.
 * The widget's token appears only inside {@code redirectUrl}, as Finpay made it; the bill is not shown.
 *
 * @param id dompet's id of the widget
 * @param trxId dompet's unique reference of the widget at Finpay
 * @param productCodes the billers the widget offers
 * @param redirectUrl Finpay's page for the customer; null unless Finpay issued the widget
 * @param expiresAt when the link stops working; null unless Finpay issued the widget
 * @param status {@code REQUESTED}, {@code ISSUED}, {@code EXPIRED} or {@code FAILED}, as of the response
 * @param finpayCheck Finpay's check-token answer; null unless asked for with {@code check=true}
 * @param livemode true for a real widget, false in sandbox mode
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(requiredProperties = {"id", "trxId", "productCodes", "redirectUrl", "expiresAt", "status", "finpayCheck",
        Livemode.MEMBER})
public record BillWidgetResponse(
        @Schema(format = "uuid", example = "7d1e3f2a-4b5c-4d6e-8f90-a1b2c3d4e5f6") String id,
        @Schema(example = "DPB7Q2M9X4K1") String trxId,
        @Schema(example = "[\"080003\"]") List<String> productCodes,
        @Schema(nullable = true, format = "uri",
                example = "https://demos.finnet.co.id/apicobrand/widget/bill.php?access=0606823ebb919f12")
        @Nullable String redirectUrl,
        @Schema(nullable = true, format = "date-time", example = "2024-04-17T06:03:39Z") @Nullable String expiresAt,
        @Schema(allowableValues = {"REQUESTED", "ISSUED", "EXPIRED", "FAILED"},
                description = "ISSUED until the link's timeout passes (EXPIRED); FAILED when Finpay issued no widget")
        String status,
        @Schema(nullable = true, description = "Finpay's check-token answer; null unless asked for with check=true")
        @Nullable FinpayCheck finpayCheck,
        @Schema(description = Livemode.DESCRIPTION) boolean livemode) {

    /**
     * What Finpay's check-token API said of the widget's token.
     *
     * @param valid whether the token still works at Finpay
     * @param code Finpay's code
     * @param description Finpay's description, with the bill's personal data hidden
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "BillWidgetFinpayCheck", requiredProperties = {"valid", "code", "description"})
    public record FinpayCheck(boolean valid, @Schema(example = "00") String code,
                              @Schema(example = "Success") String description) {
    }

    public static BillWidgetResponse of(BillWidgetResult result, Livemode livemode) {
        BillWidget widget = result.widget();
        return new BillWidgetResponse(
                widget.id().toString(),
                widget.trxId(),
                widget.productCodes().stream().map(ProductCode::value).toList(),
                widget.redirectUrl().orElse(null),
                widget.expiresAt().map(Instant::toString).orElse(null),
                result.status().name(),
                result.finpayCheck()
                        .map(check -> new FinpayCheck(check.valid(),
                                BillInfoRedaction.redact(check.code(), widget.billInfo()),
                                BillInfoRedaction.redact(check.description(), widget.billInfo())))
                        .orElse(null),
                livemode.live());
    }
}
