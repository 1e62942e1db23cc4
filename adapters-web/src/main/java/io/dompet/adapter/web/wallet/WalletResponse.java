package io.dompet.adapter.web.wallet;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.dompet.adapter.web.resource.Livemode;
import io.dompet.adapter.web.topup.TopUpResponse;
import io.dompet.application.port.in.WalletResult;
import io.dompet.domain.wallet.Wallet;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A wallet as the API shows it.
 *
 * @param customerNumber the customer's phone number, masked ({@code 0812******90})
 * @param customerName the name Finpay showed last, already masked by Finpay; null when not known yet
 * @param creditedTotal the total this merchant has credited, a decimal string with two decimals ({@code "50000.00"})
 * @param topUps the wallet's latest top-ups (at most {@value io.dompet.application.port.in.GetWalletQuery#LATEST_TOP_UPS}),
 *     newest first
 * @param livemode true for a real wallet, false in sandbox mode
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(requiredProperties = {"customerNumber", "customerName", "creditedTotal", "topUps", Livemode.MEMBER})
public record WalletResponse(
        @Schema(example = "0812******90") String customerNumber,
        @Schema(nullable = true, example = "BU** SAN***") @Nullable String customerName,
        @Schema(example = "150000.00") String creditedTotal,
        List<TopUpResponse> topUps,
        @Schema(description = Livemode.DESCRIPTION) boolean livemode) {

    public WalletResponse {
        topUps = List.copyOf(topUps);
    }

    static WalletResponse of(WalletResult result, Livemode livemode) {
        Wallet wallet = result.wallet();
        return new WalletResponse(
                wallet.customerNumber().masked(),
                wallet.customerName(),
                wallet.creditedTotal().toPlainString(),
                result.latestTopUps().stream().map(topUp -> TopUpResponse.of(topUp, livemode)).toList(),
                livemode.live());
    }
}
