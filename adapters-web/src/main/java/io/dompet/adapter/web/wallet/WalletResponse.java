package io.dompet.adapter.web.wallet;

import io.dompet.domain.wallet.Wallet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A wallet as the API shows it.
 *
 * @param customerNumber the customer's phone number, masked ({@code 0812****7890})
 * @param customerName the name Finpay showed last, already masked by Finpay; null when not known yet
 * @param creditedTotal the total this merchant has credited, a decimal string with two decimals ({@code "50000.00"})
 * @param topUps the wallet's top-ups; always empty for now
 */
public record WalletResponse(String customerNumber, @Nullable String customerName, String creditedTotal, List<Object> topUps) {

    public WalletResponse {
        topUps = List.copyOf(topUps);
    }

    static WalletResponse of(Wallet wallet) {
        return new WalletResponse(
                wallet.customerNumber().masked(),
                wallet.customerName(),
                wallet.creditedTotal().toPlainString(),
                List.of());
    }
}
