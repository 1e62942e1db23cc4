package io.dompet.domain.topup;

import java.util.Objects;

/**
 * The client's key for one intended top-up ({@code Idempotency-Key} header): 1 to 64 printable ASCII characters.
 * A retry with the same key returns the same top-up instead of moving money again.
 */
public record IdempotencyKey(String value) {

    public static final int MAX_LENGTH = 64;

    public IdempotencyKey {
        Objects.requireNonNull(value, "value must not be null");
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new InvalidTopUpException("Idempotency-Key must be 1 to 64 characters");
        }
        if (!value.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new InvalidTopUpException("Idempotency-Key must be printable ASCII without spaces");
        }
    }
}
