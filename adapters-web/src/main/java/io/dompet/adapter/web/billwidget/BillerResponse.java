package io.dompet.adapter.web.billwidget;

import io.dompet.adapter.web.resource.Livemode;
import io.dompet.domain.billwidget.Biller;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One biller of the catalogue.
 *
 * @param code its six-digit product code, for {@code productCodes} of a bill widget
 * @param name the biller's name
 * @param category what it bills: electricity, health insurance, …
 * @param livemode true when the catalogue is that of real widgets, false in sandbox mode
 */
@Schema(requiredProperties = {"code", "name", "category", Livemode.MEMBER})
public record BillerResponse(
        @Schema(pattern = "^[0-9]{6}$", example = "080003") String code,
        @Schema(example = "BPJS Kesehatan") String name,
        @Schema(example = "Health insurance") String category,
        @Schema(description = Livemode.DESCRIPTION) boolean livemode) {

    static BillerResponse of(Biller biller, Livemode livemode) {
        return new BillerResponse(biller.code().value(), biller.name(), biller.category(), livemode.live());
    }
}
