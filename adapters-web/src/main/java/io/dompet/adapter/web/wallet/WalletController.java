package io.dompet.adapter.web.wallet;

import io.dompet.adapter.web.problem.InvalidFields;
import io.dompet.adapter.web.problem.ProblemException;
import io.dompet.adapter.web.problem.ProblemType;
import io.dompet.adapter.web.resource.Livemode;
import io.dompet.application.port.in.GetWalletQuery;
import io.dompet.domain.shared.PhoneNumber;
import java.util.Objects;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reads customers' wallets. */
@RestController
@RequestMapping(path = "/api/v1/wallets", produces = MediaType.APPLICATION_JSON_VALUE)
public class WalletController {

    private final GetWalletQuery getWalletQuery;
    private final Livemode livemode;

    public WalletController(GetWalletQuery getWalletQuery, Livemode livemode) {
        this.getWalletQuery = Objects.requireNonNull(getWalletQuery);
        this.livemode = Objects.requireNonNull(livemode);
    }

    /**
     * The wallet of {@code customerNumber} ({@code 08…}, {@code 628…} or {@code +628…}).
     * 400 {@code invalid-request} when it is not an Indonesian mobile number, 404 {@code wallet-not-found} when this
     * merchant has never credited it. The wallet lists its latest top-ups, newest first.
     */
    @GetMapping("/{customerNumber}")
    public WalletResponse getWallet(@PathVariable("customerNumber") String customerNumber) {
        PhoneNumber number = InvalidFields.parseOne("customerNumber", customerNumber, PhoneNumber::parse);
        return getWalletQuery.getWallet(number)
                .map(wallet -> WalletResponse.of(wallet, livemode))
                .orElseThrow(() -> new ProblemException(ProblemType.WALLET_NOT_FOUND, "No wallet of customer "
                        + number.masked() + " is known: it has never been topped up through this merchant."));
    }
}
