package io.dompet.domain.topup;

import java.util.Objects;
import java.util.Set;

/**
 * The channel a customer paid through, as Finpay names it. The six documented channels are known; an unknown,
 * non-empty one is still a channel (Finpay may add channels, and refusing a real payment for that would leave a
 * paying customer uncredited), so callers can tell and warn.
 */
public record TopUpChannel(String code) {

    public static final Set<String> KNOWN = Set.of("vabri", "vamandiri", "vabca", "pegadaian", "posindo", "alfamart");

    public TopUpChannel {
        Objects.requireNonNull(code, "code");
        if (code.isBlank() || code.length() > 32 || !code.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new InvalidTopUpException("channel must be 1 to 32 printable characters");
        }
    }

    public boolean isKnown() {
        return KNOWN.contains(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
