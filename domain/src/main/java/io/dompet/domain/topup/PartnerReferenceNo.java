package io.dompet.domain.topup;

import java.util.Objects;

/**
 * Our identifier of a top-up at Finpay ({@code partnerReferenceNo}): 1 to 64 letters or digits, fixed before the
 * first call and never changed, so that every retry and every status inquiry names the same transaction.
 */
public record PartnerReferenceNo(String value) {

    public PartnerReferenceNo {
        Objects.requireNonNull(value, "value must not be null");
        if (!value.matches("[A-Za-z0-9]{1,64}")) {
            throw new InvalidTopUpException("partnerReferenceNo must be 1 to 64 letters or digits");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
