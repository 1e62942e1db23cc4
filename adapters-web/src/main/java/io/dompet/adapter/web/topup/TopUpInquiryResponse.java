package io.dompet.adapter.web.topup;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.dompet.adapter.web.resource.Livemode;
import io.dompet.application.port.in.TopUpInquiryResult;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * What Finpay's account inquiry said about a top-up to a customer. Amounts are decimal strings with two decimals.
 *
 * @param customerNumber the customer's number, masked ({@code 0812******90})
 * @param customerName the name Finpay shows, already masked by Finpay
 * @param fee the fee Finpay charges for the top-up
 * @param feeType Finpay's fee type, or null when Finpay gave none
 * @param minAmount the smallest amount Finpay accepts for this customer
 * @param maxAmount the largest amount Finpay accepts for this customer
 * @param livemode true when Finpay itself answered, false in sandbox mode
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(requiredProperties = {"customerNumber", "customerName", "fee", "feeType", "minAmount", "maxAmount", Livemode.MEMBER})
public record TopUpInquiryResponse(
        @Schema(example = "0812******90") String customerNumber,
        @Schema(example = "BU** SAN***") String customerName,
        @Schema(example = "1000.00") String fee,
        @Schema(nullable = true, example = "OUR") @Nullable String feeType,
        @Schema(example = "10000.00") String minAmount,
        @Schema(example = "2000000.00") String maxAmount,
        @Schema(description = Livemode.DESCRIPTION) boolean livemode) {

    static TopUpInquiryResponse of(TopUpInquiryResult.Inquired inquired, Livemode livemode) {
        return new TopUpInquiryResponse(
                inquired.customerNumber().masked(),
                inquired.customerName(),
                inquired.fee().toPlainString(),
                inquired.feeType(),
                inquired.minAmount().toPlainString(),
                inquired.maxAmount().toPlainString(),
                livemode.live());
    }
}
