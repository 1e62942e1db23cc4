package io.dompet.adapter.web.wallet;

import io.dompet.adapter.web.problem.ProblemException;
import io.dompet.adapter.web.problem.ProblemType;
import io.dompet.domain.shared.PhoneNumber;

/** No wallet of this customer is known to this merchant (404, type {@code wallet-not-found}). */
public class WalletNotFoundException extends ProblemException {

    public WalletNotFoundException(PhoneNumber customerNumber) {
        super(ProblemType.WALLET_NOT_FOUND,
                "No wallet of customer " + customerNumber.masked() + " is known: it has never been topped up through this merchant.");
    }
}
