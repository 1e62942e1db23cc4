package io.dompet.domain.topupwidget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dompet.domain.shared.FinpayFailure;
import io.dompet.domain.topup.TopUpId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TopUpWidgetSessionTest {

    private static final Instant NOW = Instant.parse("2026-11-24T05:00:00Z");

    /** The names of the fields whose values differ between {@code before} and {@code after}. */
    private static Set<String> changed(TopUpWidgetSession before, TopUpWidgetSession after) {
        Map<String, Object> was = TopUpWidgetSessions.fieldsOf(before);
        Map<String, Object> is = TopUpWidgetSessions.fieldsOf(after);
        return was.keySet().stream().filter(field -> !Objects.equals(was.get(field), is.get(field)))
                .collect(Collectors.toSet());
    }

    @Test
    void eachTransitionChangesOnlyTheFieldsItIsAbout() {
        TopUpWidgetSession requested = TopUpWidgetSessions.requested(TopUpWidgetSessions.CUSTOMER, NOW);
        TopUpWidgetSession open = requested.open(TopUpWidgetSessions.WIDGET_URL, NOW.plusSeconds(1));

        assertThat(changed(requested, open)).containsExactlyInAnyOrder("status", "widgetUrl", "issuedAt");
        assertThat(changed(requested, requested.fail(new FinpayFailure("005", "Refused"), NOW.plusSeconds(1))))
                .containsExactlyInAnyOrder("status", "failure");
        assertThat(changed(open, open.complete(new TopUpId(UUID.randomUUID()), NOW.plusSeconds(60))))
                .containsExactlyInAnyOrder("status", "completedBy");
        assertThat(changed(open, open.withVersion(4))).containsExactly("version");
    }

    @Test
    void anOpenSessionExpiresAfterItsLifetimeAndCanNoLongerBeCompleted() {
        TopUpWidgetSession open = TopUpWidgetSessions.open(TopUpWidgetSessions.CUSTOMER, NOW);
        Instant expiry = NOW.plus(TopUpWidgetSession.LIFETIME);

        assertThat(open.status(expiry.minusMillis(1))).isEqualTo(TopUpWidgetStatus.OPEN);
        assertThat(open.status(expiry)).isEqualTo(TopUpWidgetStatus.EXPIRED);
        assertThatThrownBy(() -> open.complete(new TopUpId(UUID.randomUUID()), expiry))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyARequestedSessionCanBeOpenedOrFailed() {
        TopUpWidgetSession failed = TopUpWidgetSessions.failed(TopUpWidgetSessions.CUSTOMER, "005", NOW);

        assertThatThrownBy(() -> failed.open(TopUpWidgetSessions.WIDGET_URL, NOW))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> failed.fail(new FinpayFailure("005", "Refused"), NOW))
                .isInstanceOf(IllegalStateException.class);
    }
}
