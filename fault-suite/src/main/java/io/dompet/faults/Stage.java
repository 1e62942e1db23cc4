package io.dompet.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.dompet.sandbox.FinpaySandbox;
import io.dompet.sandbox.config.SandboxSettings;
import io.dompet.sandbox.config.SlowAnswers;

/**
 * Everything one scenario runs on, fresh for each: a PostgreSQL with its own data directory, a Finpay sandbox
 * embedded in the harness's JVM (so its ledger of processed top-ups and its notification deliveries survive whatever
 * happens to dompet), and dompet instances as child processes pointed at both, in sandbox mode with
 * {@code dompet.sandbox.external-url} (so they use this sandbox and start none of their own). Its files (data, each
 * dompet's log) are under {@code <work>/<scenario>/}.
 */
final class Stage implements AutoCloseable {

    /** dompet's SNAP read timeout in every scenario: short, so the fault paths are quick and the stale minimum small. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(5);
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    /** Longer than {@link #READ_TIMEOUT}: {@code …0002} answers too late, {@code …0011} stalls past it. */
    static final Duration SLOW_ANSWER = Duration.ofSeconds(8);
    static final Duration SLOW_SUCCESS = Duration.ofSeconds(3);
    static final Duration SLOW_INQUIRY = Duration.ofSeconds(3);
    static final Duration DOMPET_START = Duration.ofMinutes(3);
    static final int SANDBOX_WORKERS = 256;

    private final String scenario;
    private final Path directory;
    private final Path jar;
    private final Postgres postgres;
    private final FinpaySandbox sandbox;
    private final List<DompetProcess> dompets = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final long started = System.nanoTime();
    private final MoneyInvariant invariant;

    private Stage(String scenario, Path directory, Path jar, Postgres postgres, FinpaySandbox sandbox) {
        this.scenario = scenario;
        this.directory = directory;
        this.jar = jar;
        this.postgres = postgres;
        this.sandbox = sandbox;
        this.invariant = new MoneyInvariant(sandbox.baseUrl(), postgres);
    }

    /**
     * A fresh stage in {@code work/<scenario>} (deleted first), its sandbox's test customers slowed down as the
     * scenarios expect; the notification retries outlast a 20 s outage or a 75 s freeze.
     */
    static Stage open(Path work, String scenario, Path jar) {
        Path directory = work.resolve(scenario.substring(0, 1));
        deleteRecursively(directory);
        Postgres postgres = Postgres.startFresh(directory.resolve("pgdata"));
        FinpaySandbox sandbox;
        try {
            sandbox = FinpaySandbox.start(SandboxSettings.defaults()
                    .withSlowAnswers(new SlowAnswers(SLOW_ANSWER, SLOW_SUCCESS, SLOW_INQUIRY))
                    .withNotificationRetry(Duration.ofMillis(500), 12)
                    // held answers must not queue dompet's other calls behind them: Finpay is not 16 threads
                    .withWorkerThreads(SANDBOX_WORKERS));
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
        return new Stage(scenario, directory, jar, postgres, sandbox);
    }

    Postgres postgres() {
        return postgres;
    }

    URI sandboxUrl() {
        return sandbox.baseUrl();
    }

    /** Sends the sandbox's notifications to this dompet from now on. */
    void notificationsTo(DompetProcess dompet) {
        sandbox.merchantCallbackUrl(dompet.baseUrl().resolve("/callbacks/finpay/top-up"));
    }

    /** Something worth knowing about the run, printed with the figures (and logged now). */
    void note(String note) {
        String stamped = String.format("%5.1f s  %s", (System.nanoTime() - started) / 1e9, note);
        notes.add(stamped);
        System.out.println("[" + scenario + "] " + stamped);
    }

    /**
     * A dompet on this stage's PostgreSQL and sandbox (not started), with eager reconciliation; {@code overrides}
     * (property → value) win over the defaults.
     */
    DompetProcess dompet(String name, Map<String, String> overrides) {
        Map<String, String> properties = new LinkedHashMap<>(baseProperties());
        properties.putAll(overrides);
        DompetProcess dompet = DompetProcess.on(name, jar, directory, properties);
        dompets.add(dompet);
        return dompet;
    }

    private Map<String, String> baseProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", postgres.jdbcUrl());
        properties.put("spring.datasource.username", postgres.username());
        properties.put("spring.datasource.password", "");
        // a short pool wait keeps dompet's smallest requested-stale-after (and so the settling time) short
        properties.put("spring.datasource.hikari.connection-timeout", "5000");
        // the races need every concurrent request inside dompet, not refused by its bulkhead
        properties.put("dompet.finpay.max-concurrent-calls", "500");
        // sandbox mode against the harness's own sandbox (dompet starts none of its own): the sandbox's credentials
        // and keys are dompet's sandbox defaults, and live mode refuses them
        properties.put("dompet.sandbox.enabled", "true");
        properties.put("dompet.sandbox.external-url", sandbox.baseUrl().toString());
        properties.put("dompet.api.keys.fault-suite", sha256Hex(Traffic.API_KEY));
        properties.put("dompet.finpay.snap.connect-timeout", seconds(CONNECT_TIMEOUT));
        properties.put("dompet.finpay.snap.read-timeout", seconds(READ_TIMEOUT));
        properties.put("dompet.reconciliation.enabled", "true");
        properties.put("dompet.reconciliation.interval", "200ms");
        properties.put("dompet.reconciliation.first-check-after", "1s");
        properties.put("dompet.reconciliation.max-backoff", "5s");
        // a top-up claimed for sending when dompet was killed, and never received by Finpay, is flagged for review after
        // its budget of "not found" answers (it may have been sent): keep that within the settling bound
        properties.put("dompet.reconciliation.budget", "12");
        properties.put("dompet.reconciliation.batch-size", "100");
        return properties;
    }

    /**
     * Starts {@code dompet} with the smallest {@code dompet.reconciliation.requested-stale-after} it accepts (see
     * {@link StaleAfter}).
     */
    void startEager(DompetProcess dompet) {
        StaleAfter.startWithSmallestAccepted(dompet, this);
    }

    /**
     * Waits (at most {@code bound}) until no DIRECT top-up is open (or every open one is flagged for review) and the
     * sandbox is delivering no notification any more.
     *
     * @return whether it settled within the bound
     */
    boolean settle(Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        long since = System.nanoTime();
        long[] open = {-1, -1};
        long pending = -1;
        while (System.nanoTime() < deadline) {
            try {
                open = invariant.openTopUps();
                pending = invariant.pendingNotifications();
                if (open[0] == open[1] && pending == 0) {
                    note(String.format("settled in %.1f s (%d open top-up(s) flagged for review)",
                            (System.nanoTime() - since) / 1e9, open[1]));
                    return true;
                }
            } catch (SQLException e) {
                // the database may still be coming back
            }
            Sleep.millis(1000);
        }
        note("NOT settled within " + bound + ": " + open[0] + " open top-up(s), " + pending + " notification(s) pending");
        return false;
    }

    Figures check(long requests, boolean settled) throws SQLException {
        return invariant.check(scenario, requests, settled, List.copyOf(notes));
    }

    @Override
    public void close() {
        for (DompetProcess dompet : dompets) {
            if (dompet.alive()) {
                dompet.thaw();
                dompet.kill();
            }
        }
        sandbox.close();
        postgres.close();
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() + "ms";
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + directory, e);
        }
    }
}
