package io.dompet.application.port.in;

import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.ApiClient;
import io.dompet.domain.topup.IdempotencyKey;
import io.dompet.domain.topup.InvalidTopUpException;
import java.util.Objects;

/**
 * One intended top-up of {@code client}, named by the client's own {@code idempotencyKey}: another client's same key
 * names another top-up.
 */
public record TopUpCustomerCommand(ApiClient client, IdempotencyKey idempotencyKey, PhoneNumber customerNumber,
                                   Money amount) {

    public TopUpCustomerCommand {
        Objects.requireNonNull(client, "client");
        if (client.isLegacy()) {
            throw new InvalidTopUpException("the client name " + ApiClient.LEGACY + " is reserved for top-ups stored"
                    + " before clients were recorded");
        }
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(amount, "amount");
        if (amount.isZero()) {
            throw new InvalidTopUpException("amount must be greater than zero");
        }
    }
}
