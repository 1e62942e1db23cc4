package io.dompet.sandbox.money;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The {@code tokenID}s {@code getToken} issued and when each expires. Thread-safe. */
final class WidgetTokens {

    private static final int TOKEN_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();
    private final Duration lifetime;
    private final Clock clock;

    WidgetTokens(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** A fresh token like Finpay's: Jakarta {@code yyyyMMddHHmmss} + 64 upper-case hex characters (78 in all). */
    Issued issue() {
        Instant now = clock.instant();
        expiries.values().removeIf(expiry -> !expiry.isAfter(now));
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = MoneyTime.compact(now) + HexFormat.of().withUpperCase().formatHex(bytes);
        Instant expiry = now.plus(lifetime);
        expiries.put(token, expiry);
        return new Issued(token, expiry);
    }

    /** Whether {@code token} was issued here and has not expired. */
    boolean isValid(String token) {
        Instant expiry = token == null ? null : expiries.get(token);
        return expiry != null && clock.instant().isBefore(expiry);
    }

    record Issued(String tokenId, Instant expiry) {
    }
}
