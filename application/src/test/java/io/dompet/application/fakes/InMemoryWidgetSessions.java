package io.dompet.application.fakes;

import io.dompet.application.port.out.DuplicateRecordException;
import io.dompet.application.port.out.StaleRecordException;
import io.dompet.application.port.out.TopUpWidgetSessionPort;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topupwidget.TopUpWidgetSession;
import io.dompet.domain.topupwidget.TopUpWidgetSessionId;
import io.dompet.domain.topupwidget.TopUpWidgetStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An in-memory widget session store with the real one's unique id, transNumber and completing top-up, and optimistic
 * locking.
 */
public final class InMemoryWidgetSessions implements TopUpWidgetSessionPort {

    private final Map<TopUpWidgetSessionId, TopUpWidgetSession> sessions = new LinkedHashMap<>();

    @Override
    public synchronized TopUpWidgetSession insertSession(TopUpWidgetSession session) {
        if (sessions.values().stream().anyMatch(s -> s.transNumber().equals(session.transNumber()))) {
            throw new DuplicateRecordException("a widget session with this transNumber is already stored");
        }
        if (sessions.containsKey(session.id())) {
            throw new DuplicateRecordException("a widget session with this id is already stored");
        }
        TopUpWidgetSession stored = session.withVersion(0);
        sessions.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized TopUpWidgetSession updateSession(TopUpWidgetSession session) {
        TopUpWidgetSession current = sessions.get(session.id());
        if (current == null || current.version() != session.version()) {
            throw new StaleRecordException("widget session", session.id(), session.version());
        }
        if (session.completedBy().isPresent() && sessions.values().stream()
                .anyMatch(s -> !s.id().equals(session.id()) && s.completedBy().equals(session.completedBy()))) {
            throw new DuplicateRecordException("this top-up already completed another widget session");
        }
        TopUpWidgetSession stored = session.withVersion(session.version() + 1);
        sessions.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized Optional<TopUpWidgetSession> loadSession(TopUpWidgetSessionId id) {
        return Optional.ofNullable(sessions.get(id));
    }

    @Override
    public synchronized Optional<TopUpWidgetSession> lockOldestOpenSession(PhoneNumber phoneNumber, Instant issuedAfter) {
        return sessions.values().stream()
                .filter(s -> s.phoneNumber().equals(phoneNumber) && s.storedStatus() == TopUpWidgetStatus.OPEN)
                .filter(s -> s.issuedAt().orElseThrow().isAfter(issuedAfter))
                .min(Comparator.comparing(s -> s.issuedAt().orElseThrow()));
    }

    public synchronized List<TopUpWidgetSession> all() {
        return List.copyOf(sessions.values());
    }
}
