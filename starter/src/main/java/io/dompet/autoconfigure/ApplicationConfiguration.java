package io.dompet.autoconfigure;

import io.dompet.adapter.web.resource.Livemode;
import io.dompet.adapter.finpay.billwidget.BillWidgetSettings;
import io.dompet.adapter.finpay.topupwidget.TopUpWidgetSettings;
import io.dompet.adapter.finpay.notify.NotifySettings;
import io.dompet.adapter.finpay.snap.SnapSettings;
import io.dompet.application.port.in.GenerateBillWidgetUseCase;
import io.dompet.application.port.in.GetBillWidgetQuery;
import io.dompet.application.port.in.GetTopUpQuery;
import io.dompet.application.port.in.GetTopUpWidgetQuery;
import io.dompet.application.port.in.GetWalletQuery;
import io.dompet.application.port.in.InquireTopUpUseCase;
import io.dompet.application.port.in.ListBillWidgetsQuery;
import io.dompet.application.port.in.ListBillersQuery;
import io.dompet.application.port.in.ListTopUpWidgetsQuery;
import io.dompet.application.port.in.ListTopUpsQuery;
import io.dompet.application.port.in.NotificationConflictsUseCase;
import io.dompet.application.port.in.OpenTopUpWidgetUseCase;
import io.dompet.application.port.in.ReceiveTopUpNotificationUseCase;
import io.dompet.application.port.in.ReconcileTopUpsUseCase;
import io.dompet.application.port.in.ReviewTopUpUseCase;
import io.dompet.application.port.in.TopUpCustomerUseCase;
import io.dompet.application.port.out.BillWidgetPort;
import io.dompet.application.port.out.BillWidgetStorePort;
import io.dompet.application.port.out.BillerCatalogPort;
import io.dompet.application.port.out.EmoneyTopUpPort;
import io.dompet.application.port.out.ListTopUpsPort;
import io.dompet.application.port.out.ListWidgetsPort;
import io.dompet.application.port.out.LoadTopUpPort;
import io.dompet.application.port.out.LoadWalletPort;
import io.dompet.application.port.out.NotificationConflictPort;
import io.dompet.application.port.out.NotificationInboxPort;
import io.dompet.application.port.out.NotificationVerifierPort;
import io.dompet.application.port.out.ReferenceGeneratorPort;
import io.dompet.application.port.out.ReviewLogPort;
import io.dompet.application.port.out.SaveTopUpPort;
import io.dompet.application.port.out.TopUpCheckLeasePort;
import io.dompet.application.port.out.TopUpWidgetPort;
import io.dompet.application.port.out.TopUpWidgetSessionPort;
import io.dompet.application.port.out.TransactionPort;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import io.dompet.application.service.BillWidgetDefaults;
import io.dompet.domain.billwidget.BillAmountPrecision;
import io.dompet.application.service.GenerateBillWidgetService;
import io.dompet.application.service.GetBillWidgetService;
import io.dompet.application.service.OpenTopUpWidgetService;
import io.dompet.application.service.InquireTopUpService;
import io.dompet.application.service.ListService;
import io.dompet.application.service.NotificationConflictService;
import io.dompet.application.service.QueryService;
import io.dompet.application.service.ReceiveTopUpNotificationService;
import io.dompet.application.service.ReconcileTopUpsService;
import io.dompet.application.service.ReconciliationPolicy;
import io.dompet.application.service.ReviewTopUpService;
import io.dompet.application.service.TopUpCustomerService;
import io.dompet.autoconfigure.properties.ReconciliationProperties;
import io.dompet.autoconfigure.properties.BillWidgetProperties;
import io.dompet.autoconfigure.properties.TopUpWidgetProperties;
import io.dompet.autoconfigure.properties.NotifyProperties;
import io.dompet.autoconfigure.properties.SnapProperties;
import io.dompet.autoconfigure.sandbox.SandboxModeEnvironment;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * The application services as beans, each built by its one constructor from the ports and the core types here, and
 * the core types derived from configuration. Each backs off when the application defines a bean of its type (an in-port,
 * the {@link Clock}, a settings record): a service implementing several queries is exposed once per query, so that any
 * one of them can be replaced alone.
 */
@Configuration(proxyBeanMethods = false)
class ApplicationConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    GetTopUpQuery getTopUpQuery(LoadTopUpPort topUps, LoadWalletPort wallets, TopUpWidgetSessionPort sessions,
                                BillerCatalogPort catalog, TransactionPort transactions, Clock clock) {
        return new QueryService(topUps, wallets, sessions, catalog, transactions, clock)::getTopUp;
    }

    @Bean
    @ConditionalOnMissingBean
    GetWalletQuery getWalletQuery(LoadTopUpPort topUps, LoadWalletPort wallets, TopUpWidgetSessionPort sessions,
                                  BillerCatalogPort catalog, TransactionPort transactions, Clock clock) {
        return new QueryService(topUps, wallets, sessions, catalog, transactions, clock)::getWallet;
    }

    @Bean
    @ConditionalOnMissingBean
    GetTopUpWidgetQuery getTopUpWidgetQuery(LoadTopUpPort topUps, LoadWalletPort wallets, TopUpWidgetSessionPort sessions,
                                            BillerCatalogPort catalog, TransactionPort transactions, Clock clock) {
        return new QueryService(topUps, wallets, sessions, catalog, transactions, clock)::getWidget;
    }

    @Bean
    @ConditionalOnMissingBean
    ListBillersQuery listBillersQuery(LoadTopUpPort topUps, LoadWalletPort wallets, TopUpWidgetSessionPort sessions,
                                      BillerCatalogPort catalog, TransactionPort transactions, Clock clock) {
        return new QueryService(topUps, wallets, sessions, catalog, transactions, clock)::listBillers;
    }

    @Bean
    @ConditionalOnMissingBean
    ListTopUpsQuery listTopUpsQuery(ListTopUpsPort topUps, ListWidgetsPort widgets, LoadTopUpPort loads,
                                    TransactionPort transactions, Clock clock) {
        return new ListService(topUps, widgets, loads, transactions, clock)::listTopUps;
    }

    @Bean
    @ConditionalOnMissingBean
    ListTopUpWidgetsQuery listTopUpWidgetsQuery(ListTopUpsPort topUps, ListWidgetsPort widgets, LoadTopUpPort loads,
                                                TransactionPort transactions, Clock clock) {
        return new ListService(topUps, widgets, loads, transactions, clock)::listTopUpWidgets;
    }

    @Bean
    @ConditionalOnMissingBean
    ListBillWidgetsQuery listBillWidgetsQuery(ListTopUpsPort topUps, ListWidgetsPort widgets, LoadTopUpPort loads,
                                              TransactionPort transactions, Clock clock) {
        return new ListService(topUps, widgets, loads, transactions, clock)::listBillWidgets;
    }

    @Bean
    @ConditionalOnMissingBean
    InquireTopUpUseCase inquireTopUpUseCase(EmoneyTopUpPort emoney, ReferenceGeneratorPort references, Clock clock) {
        return new InquireTopUpService(emoney, references, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    TopUpCustomerUseCase topUpCustomerUseCase(EmoneyTopUpPort emoney, LoadTopUpPort loads, SaveTopUpPort saves,
                                              TransactionPort transactions, ReferenceGeneratorPort references,
                                              Clock clock, ReconciliationPolicy policy) {
        return new TopUpCustomerService(emoney, loads, saves, transactions, references, clock, policy);
    }

    @Bean
    @ConditionalOnMissingBean
    ReconcileTopUpsUseCase reconcileTopUpsUseCase(EmoneyTopUpPort emoney, LoadTopUpPort loads, SaveTopUpPort saves,
                                                  TopUpCheckLeasePort leases, TransactionPort transactions, Clock clock,
                                                  ReconciliationPolicy policy) {
        return new ReconcileTopUpsService(emoney, loads, saves, leases, transactions, clock, policy);
    }

    @Bean
    @ConditionalOnMissingBean
    ReceiveTopUpNotificationUseCase receiveTopUpNotificationUseCase(
            NotificationVerifierPort verifier, NotificationInboxPort inbox, LoadTopUpPort loads,
            TransactionPort transactions, ReferenceGeneratorPort references, TopUpWidgetSessionPort widgetSessions,
            NotificationConflictPort conflicts, Clock clock) {
        return new ReceiveTopUpNotificationService(verifier, inbox, loads, transactions, references, widgetSessions,
                conflicts, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    OpenTopUpWidgetUseCase openTopUpWidgetUseCase(TopUpWidgetPort finpay, TopUpWidgetSessionPort sessions,
                                                  TransactionPort transactions, ReferenceGeneratorPort references,
                                                  Clock clock) {
        return new OpenTopUpWidgetService(finpay, sessions, transactions, references, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    GenerateBillWidgetUseCase generateBillWidgetUseCase(BillWidgetPort finpay, BillWidgetStorePort widgets,
                                                        BillerCatalogPort catalog, TransactionPort transactions,
                                                        ReferenceGeneratorPort references, BillWidgetDefaults defaults,
                                                        Clock clock) {
        return new GenerateBillWidgetService(finpay, widgets, catalog, transactions, references, defaults, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    GetBillWidgetQuery getBillWidgetQuery(BillWidgetStorePort widgets, BillWidgetPort finpay,
                                          TransactionPort transactions, Clock clock) {
        return new GetBillWidgetService(widgets, finpay, transactions, clock);
    }

    /** Reviewing a top-up checks its status with Finpay as the reconciler does, with a reconciler of its own. */
    @Bean
    @ConditionalOnMissingBean
    ReviewTopUpUseCase reviewTopUpUseCase(EmoneyTopUpPort emoney, LoadTopUpPort loads, SaveTopUpPort saves,
                                          TopUpCheckLeasePort leases, ReviewLogPort reviews,
                                          TransactionPort transactions, Clock clock, ReconciliationPolicy policy) {
        return new ReviewTopUpService(new ReconcileTopUpsService(emoney, loads, saves, leases, transactions, clock,
                policy), emoney, loads, saves, leases, reviews, transactions, clock, policy);
    }

    @Bean
    @ConditionalOnMissingBean
    NotificationConflictsUseCase notificationConflictsUseCase(NotificationConflictPort conflicts, ReviewLogPort reviews,
                                                              TransactionPort transactions) {
        return new NotificationConflictService(conflicts, reviews, transactions);
    }

    /**
     * The reconciliation policy; {@code requested-stale-after} and the lease are derived from the SNAP timeouts and
     * the database pool's wait ({@link ReconciliationTimings}), and a configured {@code requested-stale-after} shorter
     * than the longest request stops start-up.
     */
    @Bean
    @ConditionalOnMissingBean
    ReconciliationPolicy reconciliationPolicy(ReconciliationProperties properties, SnapProperties snap,
                                              Environment environment) {
        Duration poolWait = Binder.get(environment).bind("spring.datasource.hikari.connection-timeout", Long.class)
                .map(Duration::ofMillis).orElse(ReconciliationTimings.DEFAULT_POOL_WAIT);
        return ReconciliationTimings.of(snap, poolWait).policy(properties);
    }

    /** The Finpay Money adapter's settings, from {@code dompet.finpay.money.*}. */
    @Bean
    @ConditionalOnMissingBean
    TopUpWidgetSettings topUpWidgetSettings(TopUpWidgetProperties money, StartupConfigurationCheck checked, Clock clock) {
        return money.settings(clock);
    }

    /** The bill widget adapter's settings, from {@code dompet.finpay.bill-widget.*}. */
    @Bean
    @ConditionalOnMissingBean
    BillWidgetSettings billWidgetSettings(BillWidgetProperties billWidget, StartupConfigurationCheck checked) {
        return billWidget.settings();
    }

    /** The bill amounts the configured {@code bill-amount-format} can send, which the web checks requests against. */
    @Bean
    @ConditionalOnMissingBean
    BillAmountPrecision billAmountPrecision(BillWidgetSettings billWidget) {
        return billWidget.billAmountFormat().precision();
    }

    @Bean
    @ConditionalOnMissingBean
    BillWidgetDefaults billWidgetDefaults(BillWidgetProperties billWidget) {
        return new BillWidgetDefaults(Duration.ofSeconds(billWidget.defaultTimeout()), billWidget.backUrl(),
                billWidget.returnUrl(), false);
    }

    /** The notification verifier's settings, from {@code dompet.finpay.notify.*}. */
    @Bean
    @ConditionalOnMissingBean
    NotifySettings notifySettings(NotifyProperties notify, StartupConfigurationCheck checked, Clock clock) {
        return notify.settings(clock);
    }

    /** The SNAP adapter's settings, from {@code dompet.finpay.snap.*} (checked by {@link StartupConfigurationCheck}). */
    @Bean
    @ConditionalOnMissingBean
    SnapSettings snapSettings(SnapProperties snap, StartupConfigurationCheck checked, Clock clock) {
        return snap.settings(clock);
    }

    /** {@code livemode} on every resource: live exactly when not in sandbox mode, as decided once at start-up. */
    @Bean
    @ConditionalOnMissingBean
    Livemode livemode(Environment environment) {
        return new Livemode(!environment.getRequiredProperty(SandboxModeEnvironment.ENABLED, Boolean.class));
    }

    /** Static, and a bean factory post-processor, so that it runs before any other bean is created. */
    @Bean
    static StartupConfigurationCheck startupConfigurationCheck(ConfigurableEnvironment environment) {
        return StartupConfigurationCheck.of(environment);
    }
}
