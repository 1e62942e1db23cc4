package io.dompet.sandbox.snap;

import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import io.dompet.sandbox.http.IssuedTokens;

/** The B2B access tokens the sandbox issued and when each expires. Thread-safe. */
final class AccessTokens {

    private static final int TOKEN_BYTES = 48;

    private final IssuedTokens issued;
    private final Duration lifetime;

    AccessTokens(Duration lifetime, Clock clock) {
        this.issued = new IssuedTokens(lifetime, clock);
        this.lifetime = lifetime;
    }

    /** A fresh opaque token (64 URL-safe characters), valid for the configured lifetime. */
    String issue() {
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(issued.randomBytes(TOKEN_BYTES));
        issued.issue(token, issued.now());
        return token;
    }

    /** The lifetime in whole seconds, rounded up, as SNAP's {@code expiresIn} string. */
    String expiresIn() {
        long seconds = lifetime.toSeconds() + (lifetime.toNanosPart() > 0 ? 1 : 0);
        return Long.toString(seconds);
    }

    /** Whether {@code token} was issued here, is not revoked and has not expired. */
    boolean isValid(String token) {
        return issued.isValid(token);
    }

    /** Forgets every issued token: each one answers 401xx01 from now on. */
    void revokeAll() {
        issued.revokeAll();
    }
}
