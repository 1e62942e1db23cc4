package io.dompet.sandbox.money;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import io.dompet.sandbox.http.IssuedTokens;

/** The {@code tokenID}s {@code getToken} issued and when each expires. Thread-safe. */
final class WidgetTokens {

    private static final int TOKEN_BYTES = 32;

    private final IssuedTokens issued;

    WidgetTokens(Duration lifetime, Clock clock) {
        this.issued = new IssuedTokens(lifetime, clock);
    }

    /** A fresh token like Finpay's: Jakarta {@code yyyyMMddHHmmss} + 64 upper-case hex characters (78 in all). */
    Issued issue() {
        Instant now = issued.now();
        String token = MoneyTime.compact(now) + HexFormat.of().withUpperCase().formatHex(issued.randomBytes(TOKEN_BYTES));
        return new Issued(token, issued.issue(token, now));
    }

    /** Whether {@code token} was issued here and has not expired. */
    boolean isValid(String token) {
        return issued.isValid(token);
    }

    record Issued(String tokenId, Instant expiry) {
    }
}
