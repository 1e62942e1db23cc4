package io.dompet.examples.plainjava;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.dompet.adapter.finpay.snap.SnapEmoneyAdapter;
import io.dompet.adapter.finpay.snap.SnapSettings;
import io.dompet.adapter.persistence.BillerCatalogPersistenceAdapter;
import io.dompet.adapter.persistence.DompetSchema;
import io.dompet.adapter.persistence.EventLogPersistenceAdapter;
import io.dompet.adapter.persistence.SequenceReferenceAdapter;
import io.dompet.adapter.persistence.SpringTransactionAdapter;
import io.dompet.adapter.persistence.TopUpPersistenceAdapter;
import io.dompet.adapter.persistence.TopUpWidgetSessionPersistenceAdapter;
import io.dompet.adapter.persistence.WalletPersistenceAdapter;
import io.dompet.adapter.persistence.WebhookDeliveryPersistenceAdapter;
import io.dompet.application.port.in.GetTopUpQuery;
import io.dompet.application.port.in.GetWalletQuery;
import io.dompet.application.port.in.InquireTopUpUseCase;
import io.dompet.application.port.in.ListEventsQuery;
import io.dompet.application.port.in.ReconcileTopUpsUseCase;
import io.dompet.application.port.in.ReconciliationResult;
import io.dompet.application.port.in.TopUpCustomerUseCase;
import io.dompet.application.port.out.EmoneyTopUpPort;
import io.dompet.application.port.out.TransactionPort;
import io.dompet.application.service.EventService;
import io.dompet.application.service.InquireTopUpService;
import io.dompet.application.service.QueryService;
import io.dompet.application.service.ReconcileTopUpsService;
import io.dompet.application.service.ReconciliationPolicy;
import io.dompet.application.service.RequestBounds;
import io.dompet.application.service.TopUpCustomerService;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * dompet's direct top-up embedded in a merchant's own Java backend without any container: every object built here
 * with {@code new}, on the merchant's {@link DataSource}, with the merchant's Finpay SNAP credentials.
 *
 * <p>It reuses dompet's <em>real</em> adapters, not hand-written ones, because they are what makes a top-up safe: the
 * persistence adapters hold the idempotency constraint, the versioned (optimistic-locking) transitions that credit a
 * wallet at most once, and the reconciler's leases; the SNAP adapter holds Finpay's signatures, token cache and
 * answer mapping. The persistence adapters use Spring's {@link JdbcClient} and {@link JdbcTransactionManager} as plain
 * libraries (spring-jdbc, spring-tx): no application context is created, and neither spring-context nor Spring Boot
 * is on the class path (the module's Enforcer rule {@code no-spring-container} fails the build otherwise).
 *
 * <p>The use cases open and close their own short transactions through {@link TransactionPort} and call Finpay
 * outside them: call them outside any transaction of your own. The reconciler settles top-ups whose outcome Finpay
 * left unknown; without Spring's scheduler this class runs it on its own thread
 * ({@link #scheduleReconciliation(Duration)}); it may run on every instance sharing the database (top-ups are leased
 * one at a time in their rows).
 */
public final class PlainJavaDompet implements AutoCloseable {

    private static final System.Logger log = System.getLogger(PlainJavaDompet.class.getName());

    private final TopUpCustomerUseCase topUpCustomer;
    private final InquireTopUpUseCase inquireTopUp;
    private final QueryService queries;
    private final ReconcileTopUpsUseCase reconcileTopUps;
    private final ListEventsQuery events;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dompet-reconciliation");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Wires the use cases. The schema must be migrated first ({@link #migrate(DataSource)}).
     *
     * @param dataSource the merchant's pool onto the PostgreSQL holding dompet's tables; it stays the merchant's to close
     * @param snap       Finpay SNAP: base URL, credentials, private key, timeouts
     * @param policy     how the reconciler chases unknown outcomes ({@link #reconciliationPolicy(SnapSettings, Duration)})
     * @param clock      the time of the records and of Finpay's timestamps
     */
    public PlainJavaDompet(DataSource dataSource, SnapSettings snap, ReconciliationPolicy policy, Clock clock) {
        // persistence: Spring's JDBC client and transaction manager as plain libraries, both on the same DataSource,
        // so that the adapters' statements run in the transaction the use case opened
        JdbcClient jdbc = JdbcClient.create(dataSource);
        TransactionPort transactions = new SpringTransactionAdapter(new JdbcTransactionManager(dataSource));
        TopUpPersistenceAdapter topUps = new TopUpPersistenceAdapter(jdbc);
        WalletPersistenceAdapter wallets = new WalletPersistenceAdapter(jdbc);
        SequenceReferenceAdapter references = new SequenceReferenceAdapter(jdbc);

        // Finpay: the SNAP e-money adapter (account inquiry, top-up, status inquiry)
        EmoneyTopUpPort finpay = new SnapEmoneyAdapter(snap);

        // the use cases: application services, which need nothing but their ports
        this.topUpCustomer = new TopUpCustomerService(finpay, topUps, topUps, transactions, references, clock, policy);
        this.inquireTopUp = new InquireTopUpService(finpay, references, clock);
        this.queries = new QueryService(topUps, wallets, new TopUpWidgetSessionPersistenceAdapter(jdbc),
                new BillerCatalogPersistenceAdapter(jdbc), transactions, clock);
        this.reconcileTopUps = new ReconcileTopUpsService(finpay, topUps, topUps, topUps, transactions, clock, policy);
        // the event log, to poll instead of receiving webhooks (no webhook endpoint: List.of())
        this.events = new EventService(new EventLogPersistenceAdapter(jdbc), topUps,
                new WebhookDeliveryPersistenceAdapter(jdbc), List.of(), transactions);
    }

    /**
     * Creates or updates dompet's tables with its Flyway migrations ({@link DompetSchema}: their own location and
     * history table, beside any migrations of the merchant's); run it before the first use, on every start (it does
     * nothing when the schema is current).
     */
    public static void migrate(DataSource dataSource) {
        DompetSchema.migrate(dataSource);
    }

    /**
     * A connection pool as dompet's own: PostgreSQL's error details (which quote whole rows, phone numbers included)
     * kept out of exception messages, and so out of logs; a bounded wait for a connection.
     */
    public static HikariDataSource dataSource(String jdbcUrl, String username, String password) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("dompet");
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(username);
        config.setPassword(password);
        config.setMaximumPoolSize(10);
        config.setConnectionTimeout(5_000);
        config.addDataSourceProperty("logServerErrorDetail", "false");
        return new HikariDataSource(config);
    }

    /**
     * dompet's default reconciliation ({@link ReconciliationPolicy#standard}): first check 5 s after an unknown outcome,
     * doubling up to 10 min, flagged for review after 12 checks, at most 50 top-ups a run. A {@code REQUESTED} or
     * {@code SENDING} top-up is taken over only after the longest a top-up request can take, and each check is leased for
     * one SNAP call and a database wait: both derived from the SNAP timeouts by {@link RequestBounds}, the rule of
     * dompet's {@code dompet.reconciliation.requested-stale-after} (see the README).
     *
     * @param poolWait the longest the pool makes a caller wait for a connection (Hikari's {@code connectionTimeout})
     */
    public static ReconciliationPolicy reconciliationPolicy(SnapSettings snap, Duration poolWait) {
        return ReconciliationPolicy.standard(RequestBounds.of(snap.connectTimeout(), snap.readTimeout(), poolWait));
    }

    public TopUpCustomerUseCase topUpCustomer() {
        return topUpCustomer;
    }

    public InquireTopUpUseCase inquireTopUp() {
        return inquireTopUp;
    }

    public GetTopUpQuery getTopUp() {
        return queries;
    }

    public GetWalletQuery getWallet() {
        return queries;
    }

    public ReconcileTopUpsUseCase reconcileTopUps() {
        return reconcileTopUps;
    }

    /** The event log (top-ups succeeded, failed, flagged …), oldest first, a page at a time after a cursor. */
    public ListEventsQuery events() {
        return events;
    }

    /**
     * Runs the reconciler every {@code interval} (a fixed delay between runs) on one daemon thread until
     * {@link #close()}: what dompet's Spring scheduler does, e.g. every 5 s.
     */
    public void scheduleReconciliation(Duration interval) {
        long millis = Objects.requireNonNull(interval).toMillis();
        scheduler.scheduleWithFixedDelay(this::reconcile, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** One run; an exception is logged, never thrown, because it would end the schedule. */
    private void reconcile() {
        try {
            ReconciliationResult result = reconcileTopUps.reconcileDueTopUps(stopping::get);
            if (result.checked() > 0) {
                log.log(Level.INFO, "Reconciliation checked {0} top-up(s): {1} succeeded, {2} failed, {3} unresolved,"
                        + " {4} newly flagged for review", result.checked(), result.succeeded(), result.failed(),
                        result.unresolved(), result.flaggedForReview());
            }
        } catch (RuntimeException e) {
            log.log(Level.WARNING, "A reconciliation run broke off ({0}); the next run tries again",
                    e.getClass().getSimpleName());
        }
    }

    /**
     * Stops the reconciler between two top-ups: no status inquiry starts once this is called, a top-up leased but not
     * checked yet is released, and the one being checked is given up to 30 s (its lease ends by itself otherwise).
     */
    @Override
    public void close() {
        stopping.set(true);
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(30, TimeUnit.SECONDS)) {
                log.log(Level.WARNING, "The reconciliation still checks a top-up; stopping without it");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
