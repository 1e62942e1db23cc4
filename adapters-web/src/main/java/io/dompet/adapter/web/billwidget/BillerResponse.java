package io.dompet.adapter.web.billwidget;

import io.dompet.domain.billwidget.Biller;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One biller of the catalogue.
 *
 * @param code its six-digit product code, for {@code productCodes} of a bill widget
 * @param name the biller's name
 * @param category what it bills: electricity, health insurance, …
 */
@Schema(requiredProperties = {"code", "name", "category"})
public record BillerResponse(
        @Schema(pattern = "^[0-9]{6}$", example = "080003") String code,
        @Schema(example = "BPJS Kesehatan") String name,
        @Schema(example = "Health insurance") String category) {

    static BillerResponse of(Biller biller) {
        return new BillerResponse(biller.code().value(), biller.name(), biller.category());
    }
}
