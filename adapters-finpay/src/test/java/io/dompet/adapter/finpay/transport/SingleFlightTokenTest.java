package io.dompet.adapter.finpay.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SingleFlightTokenTest {

    static final Instant NOW = Instant.parse("2024-04-17T05:03:38Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final Duration MAX_WAIT = Duration.ofMillis(300);

    final CountDownLatch release = new CountDownLatch(1);
    final CountDownLatch firstRefreshStarted = new CountDownLatch(1);
    final AtomicInteger requests = new AtomicInteger();
    final ExecutorService pool = Executors.newCachedThreadPool();

    /** The first request hangs until {@link #release} (a Finpay that never answers); later ones answer at once. */
    final SingleFlightToken<String> tokens = new SingleFlightToken<>(CLOCK, () -> {
        int n = requests.incrementAndGet();
        if (n == 1) {
            firstRefreshStarted.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new SingleFlightToken.Fresh<>("token-" + n, NOW.plusSeconds(600));
    }, "token request", MAX_WAIT);

    @AfterEach
    void stop() {
        release.countDown();
        pool.shutdownNow();
    }

    @Test
    void aCallerWaitingBehindAStuckRefreshGivesUpAfterTheBoundWithTokenUnavailable() throws Exception {
        pool.submit(tokens::current);
        assertThat(firstRefreshStarted.await(5, TimeUnit.SECONDS)).isTrue();

        long started = System.nanoTime();
        Future<Throwable> waiter = pool.submit(() -> {
            try {
                tokens.current();
                return null;
            } catch (TokenUnavailableException e) {
                return e;
            }
        });
        Throwable failure = waiter.get(MAX_WAIT.toMillis() * 5, TimeUnit.MILLISECONDS);
        Duration waited = Duration.ofNanos(System.nanoTime() - started);

        assertThat(failure).isInstanceOf(TokenUnavailableException.class)
                .hasMessage("token request of another call still running after 300 ms; gave up waiting for it");
        assertThat(waited).isGreaterThanOrEqualTo(MAX_WAIT).isLessThan(MAX_WAIT.multipliedBy(5));
        assertThat(requests).hasValue(1);
    }

    @Test
    void aRefreshRunningLongerThanTheBoundNoLongerHoldsBackTheNextCaller() throws Exception {
        pool.submit(tokens::current);
        assertThat(firstRefreshStarted.await(5, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(MAX_WAIT.toMillis() + 50);

        Future<String> next = pool.submit(tokens::current);

        assertThat(next.get(MAX_WAIT.toMillis() * 5, TimeUnit.MILLISECONDS)).isEqualTo("token-2");
        assertThat(tokens.current()).isEqualTo("token-2");
    }

    @Test
    void aCallerWithinTheBoundSharesTheRunningRefresh() throws Exception {
        Future<String> first = pool.submit(tokens::current);
        assertThat(firstRefreshStarted.await(5, TimeUnit.SECONDS)).isTrue();
        Future<String> second = pool.submit(tokens::current);

        release.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("token-1");
        assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("token-1");
        assertThat(requests).hasValue(1);
    }

    @Test
    void aBoundThatIsNotPositiveIsRefused() {
        assertThatThrownBy(() -> new SingleFlightToken<>(CLOCK, () -> null, "token request", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
