package io.dompet.sandbox.http;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tokens one API issued, each valid for the same lifetime from when it was issued: SNAP's B2B access tokens and
 * Finpay Money's {@code tokenID}s (each API writes its own token text). Expired tokens are forgotten at the next
 * issue. Thread-safe.
 */
public final class IssuedTokens {

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();
    private final Duration lifetime;
    private final Clock clock;

    public IssuedTokens(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** {@code count} fresh random bytes, for a new token's text. */
    public byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Now, on the tokens' clock. */
    public Instant now() {
        return clock.instant();
    }

    /** Records {@code token} as issued at {@code now}; answers when it expires. */
    public Instant issue(String token, Instant now) {
        expiries.values().removeIf(expiry -> !expiry.isAfter(now));
        Instant expiry = now.plus(lifetime);
        expiries.put(token, expiry);
        return expiry;
    }

    /** Whether {@code token} was issued here, is not revoked and has not expired. */
    public boolean isValid(String token) {
        Instant expiry = token == null ? null : expiries.get(token);
        return expiry != null && clock.instant().isBefore(expiry);
    }

    /** Forgets every issued token. */
    public void revokeAll() {
        expiries.clear();
    }
}
