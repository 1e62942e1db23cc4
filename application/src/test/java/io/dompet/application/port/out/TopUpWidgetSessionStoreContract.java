package io.dompet.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dompet.domain.shared.FinpayFailure;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.TopUpId;
import io.dompet.domain.topupwidget.TopUpWidgetSession;
import io.dompet.domain.topupwidget.TopUpWidgetSessionId;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TopUpWidgetSessionPort} promises, run against the in-memory fake (application's tests) and the
 * PostgreSQL adapter (adapters-persistence's tests). A subclass supplies an empty store and stores the top-ups that
 * complete sessions.
 */
public abstract class TopUpWidgetSessionStoreContract<S extends TopUpWidgetSessionPort> {

    private static final PhoneNumber CUSTOMER = PhoneNumber.parse("081234567890");
    private static final PhoneNumber OTHER_CUSTOMER = PhoneNumber.parse("085712345678");
    private static final String WIDGET_URL = "https://devo.finnet.co.id/widget/topup?token=abc123";
    /** Whole microseconds, as PostgreSQL keeps them. */
    private static final Instant T0 = Instant.parse("2026-11-24T05:30:00.123456Z");
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private S store;

    /** An empty store. */
    protected abstract S emptyStore();

    /** The id of a stored top-up that may complete a session, a new one on every call. */
    protected abstract TopUpId storedTopUp();

    @BeforeEach
    void newStore() {
        store = emptyStore();
    }

    @Test
    void anInsertedSessionLoadsAsStoredAtVersionZeroWhateverVersionItCarries() {
        TopUpWidgetSession stored = store.insertSession(requested(CUSTOMER).withVersion(4));

        assertThat(stored.version()).isZero();
        assertThat(store.loadSession(stored.id())).get().usingRecursiveComparison().isEqualTo(stored);
        assertThat(store.loadSession(new TopUpWidgetSessionId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void anUpdateStoresTheChangeAndRaisesTheVersionByOne() {
        TopUpWidgetSession stored = store.insertSession(requested(CUSTOMER));

        TopUpWidgetSession opened = store.updateSession(stored.open(WIDGET_URL, T0.plusSeconds(1)));
        TopUpWidgetSession completed = store.updateSession(opened.complete(storedTopUp(), T0.plusSeconds(60)));

        assertThat(opened.version()).isEqualTo(1);
        assertThat(completed.version()).isEqualTo(2);
        assertThat(store.loadSession(stored.id())).get().usingRecursiveComparison().isEqualTo(completed);
    }

    @Test
    void ofTwoWritersOfTheSameVersionTheSecondIsStaleAndChangesNothing() {
        TopUpWidgetSession stored = store.insertSession(requested(CUSTOMER));
        TopUpWidgetSession winner = store.updateSession(stored.open(WIDGET_URL, T0.plusSeconds(1)));

        assertThatThrownBy(() -> store.updateSession(stored.fail(new FinpayFailure("05", "refused"), T0.plusSeconds(2))))
                .isInstanceOf(StaleRecordException.class)
                .hasMessageContaining(stored.id().toString())
                .hasMessageContaining("version 0")
                .hasMessageNotContaining(CUSTOMER.international());
        assertThatThrownBy(() -> store.updateSession(winner.withVersion(5)))
                .as("a version from the future is stale too").isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> store.updateSession(requested(CUSTOMER)))
                .as("a session never stored is stale").isInstanceOf(StaleRecordException.class);
        assertThat(store.loadSession(stored.id())).get().usingRecursiveComparison().isEqualTo(winner);
    }

    @Test
    void aSecondSessionWithTheSameTransNumberOrIdIsADuplicate() {
        TopUpWidgetSession first = store.insertSession(requested(CUSTOMER));

        assertThatThrownBy(() -> store.insertSession(TopUpWidgetSession.request(
                new TopUpWidgetSessionId(UUID.randomUUID()), first.transNumber(), OTHER_CUSTOMER, T0)))
                .isInstanceOf(DuplicateRecordException.class)
                .hasMessageNotContaining(first.transNumber())
                .hasMessageNotContaining(OTHER_CUSTOMER.international());
        assertThatThrownBy(() -> store.insertSession(TopUpWidgetSession.request(first.id(), "OTHERTRANS1", CUSTOMER, T0)))
                .isInstanceOf(DuplicateRecordException.class);
        assertThat(store.loadSession(first.id())).get().usingRecursiveComparison().isEqualTo(first);
    }

    @Test
    void oneTopUpCompletesAtMostOneSession() {
        TopUpId topUp = storedTopUp();
        TopUpWidgetSession first = store.insertSession(open(CUSTOMER, T0));
        TopUpWidgetSession second = store.insertSession(open(CUSTOMER, T0.plusSeconds(1)));
        TopUpWidgetSession completed = store.updateSession(first.complete(topUp, T0.plusSeconds(60)));

        assertThatThrownBy(() -> store.updateSession(second.complete(topUp, T0.plusSeconds(61))))
                .isInstanceOf(DuplicateRecordException.class)
                .hasMessageNotContaining(topUp.toString());
        assertThat(store.loadSession(first.id())).get().usingRecursiveComparison().isEqualTo(completed);
        assertThat(store.loadSession(second.id())).get().usingRecursiveComparison().isEqualTo(second);
    }

    @Test
    void theOldestOpenSessionOfThePhoneIssuedAfterTheGivenTimeIsTheOneLocked() {
        store.insertSession(open(CUSTOMER, T0)); // issued at the limit: too old
        TopUpWidgetSession oldest = store.insertSession(open(CUSTOMER, T0.plusSeconds(10)));
        store.insertSession(open(CUSTOMER, T0.plusSeconds(20)));
        store.insertSession(open(OTHER_CUSTOMER, T0.plusSeconds(5)));
        store.insertSession(requested(CUSTOMER));
        TopUpWidgetSession failed = store.insertSession(requested(CUSTOMER));
        store.updateSession(failed.fail(new FinpayFailure("05", "refused"), T0.plusSeconds(2)));
        TopUpWidgetSession completed = store.insertSession(open(CUSTOMER, T0.plusSeconds(3)));
        store.updateSession(completed.complete(storedTopUp(), T0.plusSeconds(4)));

        assertThat(store.lockOldestOpenSession(CUSTOMER, T0)).map(TopUpWidgetSession::id).contains(oldest.id());
        assertThat(store.lockOldestOpenSession(CUSTOMER, T0.plusSeconds(20))).isEmpty();
        assertThat(store.lockOldestOpenSession(PhoneNumber.parse("081111111111"), T0)).isEmpty();
    }

    private static TopUpWidgetSession requested(PhoneNumber phone) {
        return TopUpWidgetSession.request(new TopUpWidgetSessionId(UUID.randomUUID()),
                "TEST" + SEQUENCE.incrementAndGet() + "X" + System.nanoTime(), phone, T0);
    }

    private static TopUpWidgetSession open(PhoneNumber phone, Instant issuedAt) {
        return requested(phone).open(WIDGET_URL, issuedAt);
    }
}
