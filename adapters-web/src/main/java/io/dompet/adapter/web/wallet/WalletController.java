package io.dompet.adapter.web.wallet;

import io.dompet.adapter.web.problem.InvalidFields;
import io.dompet.adapter.web.problem.ProblemException;
import io.dompet.adapter.web.problem.ProblemType;
import io.dompet.adapter.web.resource.Livemode;
import io.dompet.application.port.in.GetWalletQuery;
import io.dompet.domain.shared.PhoneNumber;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Objects;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reads customers' wallets. */
@RestController
@RequestMapping(path = "/api/v1/wallets", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Wallets", description = "What this merchant has credited to a customer's Finpay Money wallet")
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
    @Operation(operationId = "getWallet",
            summary = "Read a customer's wallet",
            description = "The total this merchant has credited to the customer's wallet (direct top-ups and Finpay's "
                    + "notifications) and its latest " + GetWalletQuery.LATEST_TOP_UPS + " top-ups, newest first. Not Finpay's balance of the wallet.")
    @ApiResponse(responseCode = "200", description = "The wallet")
    @ApiResponse(responseCode = "400", description = "The customer number is not an Indonesian mobile number, named in errors (type invalid-request)")
    @ApiResponse(responseCode = "404", description = "This merchant has never credited the customer's wallet (type wallet-not-found)")
    @GetMapping("/{customerNumber}")
    public WalletResponse getWallet(@Parameter(description = "The customer's mobile number: 08…, 628… or +628…", example = "081234567890")
                                    @PathVariable("customerNumber") String customerNumber) {
        PhoneNumber number = InvalidFields.parseOne("customerNumber", customerNumber, PhoneNumber::parse);
        return getWalletQuery.getWallet(number)
                .map(wallet -> WalletResponse.of(wallet, livemode))
                .orElseThrow(() -> new ProblemException(ProblemType.WALLET_NOT_FOUND, "No wallet of customer "
                        + number.masked() + " is known: it has never been topped up through this merchant."));
    }
}
