package io.dompet.sandbox.snap;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The B2B access tokens the sandbox issued and when each expires. Thread-safe. */
final class AccessTokens {

    private static final int TOKEN_BYTES = 48;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();
    private final Duration lifetime;
    private final Clock clock;

    AccessTokens(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** A fresh opaque token (64 URL-safe characters), valid for the configured lifetime. */
    String issue() {
        Instant now = clock.instant();
        expiries.values().removeIf(expiry -> !expiry.isAfter(now));
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        expiries.put(token, now.plus(lifetime));
        return token;
    }

    /** The lifetime in whole seconds, rounded up, as SNAP's {@code expiresIn} string. */
    String expiresIn() {
        long seconds = lifetime.toSeconds() + (lifetime.toNanosPart() > 0 ? 1 : 0);
        return Long.toString(seconds);
    }

    /** Whether {@code token} was issued here, is not revoked and has not expired. */
    boolean isValid(String token) {
        Instant expiry = expiries.get(token);
        return expiry != null && clock.instant().isBefore(expiry);
    }

    /** Forgets every issued token: each one answers 401xx01 from now on. */
    void revokeAll() {
        expiries.clear();
    }
}
