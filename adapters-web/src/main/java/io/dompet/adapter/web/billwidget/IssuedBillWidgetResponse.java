package io.dompet.adapter.web.billwidget;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.dompet.adapter.web.resource.Livemode;
import io.dompet.domain.billwidget.BillWidget;
import io.dompet.domain.billwidget.ProductCode;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A bill widget Finpay has just issued, the answer to {@code POST /api/v1/bill-widgets}. The widget's token is a
 * credential: it appears only inside {@code redirectUrl}, as Finpay made it, never on its own.
 *
 * @param id dompet's id of the widget, as in {@code /api/v1/bill-widgets/{id}}
 * @param trxId dompet's unique reference of the widget at Finpay
 * @param productCodes the billers the widget offers
 * @param redirectUrl Finpay's page for the customer
 * @param expiresAt when the link stops working, an ISO-8601 instant in UTC
 * @param status {@code ISSUED}
 * @param livemode true for a real widget, false in sandbox mode
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(requiredProperties = {"id", "trxId", "productCodes", "redirectUrl", "expiresAt", "status", Livemode.MEMBER})
public record IssuedBillWidgetResponse(
        @Schema(format = "uuid", example = "7d1e3f2a-4b5c-4d6e-8f90-a1b2c3d4e5f6") String id,
        @Schema(example = "DPB7Q2M9X4K1") String trxId,
        @Schema(example = "[\"080003\"]") List<String> productCodes,
        @Schema(nullable = true, format = "uri",
                example = "https://demos.finnet.co.id/apicobrand/widget/bill.php?access=0606823ebb919f12")
        @Nullable String redirectUrl,
        @Schema(nullable = true, format = "date-time", example = "2024-04-17T06:03:39Z") @Nullable String expiresAt,
        @Schema(allowableValues = {"REQUESTED", "ISSUED", "EXPIRED", "FAILED"}) String status,
        @Schema(description = Livemode.DESCRIPTION) boolean livemode) {

    static IssuedBillWidgetResponse of(BillWidget widget, Livemode livemode) {
        return new IssuedBillWidgetResponse(
                widget.id().toString(),
                widget.trxId(),
                widget.productCodes().stream().map(ProductCode::value).toList(),
                widget.redirectUrl().orElse(null),
                widget.expiresAt().map(Instant::toString).orElse(null),
                widget.storedStatus().name(),
                livemode.live());
    }
}
