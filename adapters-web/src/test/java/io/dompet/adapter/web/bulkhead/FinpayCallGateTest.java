package io.dompet.adapter.web.bulkhead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dompet.adapter.web.problem.ProblemException;
import io.dompet.adapter.web.problem.ProblemType;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FinpayCallGateTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void releaseAndStop() {
        release.countDown();
        threads.shutdownNow();
    }

    /** Starts a call that holds its place until {@link #release} and returns once it is inside. */
    private Future<String> heldCall(FinpayCallGate gate) throws InterruptedException {
        CountDownLatch inside = new CountDownLatch(1);
        Future<String> call = threads.submit(() -> gate.call(() -> {
            inside.countDown();
            awaitRelease();
            return "done";
        }));
        assertThat(inside.await(10, TimeUnit.SECONDS)).as("the call entered the gate").isTrue();
        return call;
    }

    private void awaitRelease() {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aCallBeyondTheLimitIsRefusedWithoutRunningAndPassesAgainOnceAPlaceIsFree() throws Exception {
        FinpayCallGate gate = new FinpayCallGate(2);
        Future<String> first = heldCall(gate);
        Future<String> second = heldCall(gate);
        AtomicInteger ran = new AtomicInteger();

        assertThatThrownBy(() -> gate.call(ran::incrementAndGet))
                .isInstanceOfSatisfying(ProblemException.class, busy -> assertThat(busy.type()).isEqualTo(ProblemType.FINPAY_BUSY))
                .hasMessageContaining("as many requests to Finpay as it may");
        assertThat(ran).hasValue(0);
        assertThat(gate.inFlight()).isEqualTo(2);

        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("done");
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("done");
        assertThat(gate.call(ran::incrementAndGet)).isEqualTo(1);
        assertThat(gate.inFlight()).isZero();
    }

    @Test
    void aCallThatThrowsFreesItsPlace() {
        FinpayCallGate gate = new FinpayCallGate(1);

        assertThatThrownBy(() -> gate.call(() -> {
            throw new IllegalStateException("the use case failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(gate.inFlight()).isZero();
        assertThat(gate.call(() -> "passes")).isEqualTo("passes");
    }

    @Test
    void aClosedGateRefusesEveryNewCallWhileTheCallsInFlightFinish() throws Exception {
        FinpayCallGate gate = new FinpayCallGate(5);
        Future<String> inFlight = heldCall(gate);

        gate.closeForShutdown();

        assertThat(gate.isClosed()).isTrue();
        assertThatThrownBy(() -> gate.call(() -> "new"))
                .isInstanceOfSatisfying(ProblemException.class, busy -> assertThat(busy.type()).isEqualTo(ProblemType.FINPAY_BUSY))
                .hasMessageContaining("shutting down");
        release.countDown();
        assertThat(inFlight.get(10, TimeUnit.SECONDS)).isEqualTo("done");
    }

    @Test
    void awaitIdleGivesUpAtItsBoundWhileACallIsInFlightAndReturnsOnceItHasFinished() throws Exception {
        FinpayCallGate gate = new FinpayCallGate(3);
        Future<String> inFlight = heldCall(gate);
        gate.closeForShutdown();

        assertThat(gate.awaitIdle(Duration.ofMillis(50))).isFalse();

        CompletableFuture<Boolean> drained = CompletableFuture.supplyAsync(() -> {
            try {
                return gate.awaitIdle(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }, threads);
        release.countDown();
        assertThat(drained.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(inFlight.get()).isEqualTo("done");
    }

    @Test
    void anIdleGateIsDrainedAtOnce() throws Exception {
        FinpayCallGate gate = new FinpayCallGate(3);
        gate.closeForShutdown();

        assertThat(gate.awaitIdle(Duration.ZERO)).isTrue();
    }

    @Test
    void aLimitBelowOneIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> new FinpayCallGate(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dompet.finpay.max-concurrent-calls");
    }
}
