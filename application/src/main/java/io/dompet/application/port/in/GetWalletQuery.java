package io.dompet.application.port.in;

import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.wallet.Wallet;
import java.util.Optional;

/** Reads a customer's wallet as this merchant knows it. */
public interface GetWalletQuery {

    /** The wallet of {@code customerNumber}, or empty when this merchant has never credited it. */
    Optional<Wallet> getWallet(PhoneNumber customerNumber);
}
