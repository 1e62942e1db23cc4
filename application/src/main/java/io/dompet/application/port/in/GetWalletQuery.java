package io.dompet.application.port.in;

import io.dompet.domain.shared.PhoneNumber;
import java.util.Optional;

/** Reads a customer's wallet as this merchant knows it, with its latest top-ups. */
public interface GetWalletQuery {

    /** Latest top-ups listed with the wallet. */
    int LATEST_TOP_UPS = 20;

    /** The wallet of {@code customerNumber}, or empty when this merchant has never credited it. */
    Optional<WalletResult> getWallet(PhoneNumber customerNumber);
}
