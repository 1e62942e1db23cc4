package io.dompet.sandbox.money;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Every widget opened, by access token, and every {@code transNumber} used, for the sandbox's lifetime. Thread-safe. */
final class WidgetSessions {

    private static final int ACCESS_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, WidgetSession> byAccess = new ConcurrentHashMap<>();
    private final Map<String, Boolean> transNumbers = new ConcurrentHashMap<>();

    /** Opens a widget with a fresh 64-hex access token; empty when {@code transNumber} was used before. */
    Optional<WidgetSession> open(String phoneNumber, String transNumber, Instant now) {
        if (transNumbers.putIfAbsent(transNumber, Boolean.TRUE) != null) {
            return Optional.empty();
        }
        byte[] bytes = new byte[ACCESS_BYTES];
        random.nextBytes(bytes);
        WidgetSession session = new WidgetSession(HexFormat.of().formatHex(bytes), phoneNumber, transNumber, now);
        byAccess.put(session.access(), session);
        return Optional.of(session);
    }

    Optional<WidgetSession> find(String access) {
        return access == null ? Optional.empty() : Optional.ofNullable(byAccess.get(access));
    }
}
