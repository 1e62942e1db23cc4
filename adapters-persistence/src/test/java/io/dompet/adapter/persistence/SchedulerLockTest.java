package io.dompet.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The scheduler's {@link LockProvider} bean on the {@code shedlock} table of migration V3. */
class SchedulerLockTest {

    private final JdbcClient jdbc = JdbcClient.create(PostgresTestDatabase.dataSource());

    @BeforeEach
    void emptyTable() {
        jdbc.sql("delete from shedlock").update();
    }

    @Test
    void aHeldLockExcludesASecondAttemptUntilItIsReleased() {
        LockProvider first = lockProvider(PostgresTestDatabase.dataSource());
        LockProvider second = lockProvider(PostgresTestDatabase.dataSource());

        Optional<SimpleLock> held = first.lock(lock("reconcile-top-ups", Duration.ofMinutes(5)));
        assertThat(held).as("first attempt").isPresent();
        assertThat(second.lock(lock("reconcile-top-ups", Duration.ofMinutes(5)))).as("second attempt while held").isEmpty();
        assertThat(first.lock(lock("reconcile-top-ups", Duration.ofMinutes(5)))).as("even by the same provider").isEmpty();
        assertThat(second.lock(lock("another-job", Duration.ofMinutes(5)))).as("another name").isPresent();

        held.orElseThrow().unlock();

        assertThat(second.lock(lock("reconcile-top-ups", Duration.ofMinutes(5)))).as("after release").isPresent();
    }

    @Test
    void instancesWhoseSessionsRunInDifferentTimeZonesStillExcludeEachOther() {
        LockProvider jakarta = lockProvider(PostgresTestDatabase.dataSourceInTimeZone("Asia/Jakarta"));
        LockProvider utc = lockProvider(PostgresTestDatabase.dataSourceInTimeZone("UTC"));
        LockProvider newYork = lockProvider(PostgresTestDatabase.dataSourceInTimeZone("America/New_York"));

        assertThat(jakarta.lock(lock("reconcile-top-ups", Duration.ofMinutes(5)))).isPresent();
        assertThat(utc.lock(lock("reconcile-top-ups", Duration.ofMinutes(5)))).isEmpty();
        assertThat(newYork.lock(lock("reconcile-top-ups", Duration.ofMinutes(5)))).isEmpty();

        assertThat(newYork.lock(lock("other", Duration.ofMinutes(5)))).isPresent();
        assertThat(jakarta.lock(lock("other", Duration.ofMinutes(5)))).isEmpty();
    }

    @Test
    void aLockThatOutlivesLockAtMostForIsTakenOverByTheDatabaseClock() throws InterruptedException {
        LockProvider first = lockProvider(PostgresTestDatabase.dataSource());
        LockProvider second = lockProvider(PostgresTestDatabase.dataSource());

        assertThat(first.lock(lock("reconcile-top-ups", Duration.ofMillis(300)))).isPresent();
        assertThat(second.lock(lock("reconcile-top-ups", Duration.ofMinutes(5)))).isEmpty();
        Thread.sleep(600);

        assertThat(second.lock(lock("reconcile-top-ups", Duration.ofMinutes(5)))).as("after lockAtMostFor").isPresent();
    }

    private static LockProvider lockProvider(DataSource dataSource) {
        return new PersistenceAdapterConfiguration().lockProvider(dataSource);
    }

    private static LockConfiguration lock(String name, Duration lockAtMostFor) {
        return new LockConfiguration(Instant.now(), name, lockAtMostFor, Duration.ZERO);
    }
}
