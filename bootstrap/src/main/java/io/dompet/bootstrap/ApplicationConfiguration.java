package io.dompet.bootstrap;

import io.dompet.adapter.web.resource.Livemode;
import io.dompet.adapter.web.security.ApiKeys;
import io.dompet.adapter.finpay.billwidget.BillWidgetSettings;
import io.dompet.adapter.finpay.topupwidget.TopUpWidgetSettings;
import io.dompet.adapter.finpay.notify.NotifySettings;
import io.dompet.adapter.finpay.snap.SnapSettings;
import io.dompet.application.port.out.BillWidgetPort;
import io.dompet.application.port.out.BillWidgetStorePort;
import io.dompet.application.port.out.BillerCatalogPort;
import io.dompet.application.port.out.CreditWalletPort;
import io.dompet.application.port.out.EmoneyTopUpPort;
import io.dompet.application.port.out.LoadTopUpPort;
import io.dompet.application.port.out.LoadWalletPort;
import io.dompet.application.port.out.NotificationInboxPort;
import io.dompet.application.port.out.NotificationVerifierPort;
import io.dompet.application.port.out.ReferenceGeneratorPort;
import io.dompet.application.port.out.SaveTopUpPort;
import io.dompet.application.port.out.TopUpCheckLeasePort;
import io.dompet.application.port.out.TopUpWidgetPort;
import io.dompet.application.port.out.TopUpWidgetSessionPort;
import io.dompet.application.port.out.TransactionPort;
import io.dompet.application.service.BillWidgetDefaults;
import io.dompet.domain.billwidget.BillAmountPrecision;
import io.dompet.application.service.GenerateBillWidgetService;
import io.dompet.application.service.GetBillWidgetService;
import io.dompet.application.service.GetTopUpService;
import io.dompet.application.service.ListBillersService;
import io.dompet.application.service.GetTopUpWidgetService;
import io.dompet.application.service.OpenTopUpWidgetService;
import io.dompet.application.service.GetWalletService;
import io.dompet.application.service.InquireTopUpService;
import io.dompet.application.service.ReceiveTopUpNotificationService;
import io.dompet.application.service.ReconcileTopUpsService;
import io.dompet.application.service.ReconciliationPolicy;
import io.dompet.application.service.TopUpCustomerService;
import io.dompet.bootstrap.properties.ReconciliationProperties;
import io.dompet.bootstrap.properties.ApiProperties;
import io.dompet.bootstrap.properties.BillWidgetProperties;
import io.dompet.bootstrap.properties.TopUpWidgetProperties;
import io.dompet.bootstrap.properties.NotifyProperties;
import io.dompet.bootstrap.properties.SandboxProperties;
import io.dompet.bootstrap.properties.SnapProperties;
import io.dompet.bootstrap.sandbox.SandboxModeEnvironment;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/** The application services as beans, and the core types bootstrap derives from configuration. */
@Configuration(proxyBeanMethods = false)
class ApplicationConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    GetWalletService getWalletService(LoadWalletPort wallets, LoadTopUpPort topUps, TransactionPort transactions) {
        return new GetWalletService(wallets, topUps, transactions);
    }

    @Bean
    GetTopUpService getTopUpService(LoadTopUpPort topUps, TransactionPort transactions) {
        return new GetTopUpService(topUps, transactions);
    }

    @Bean
    InquireTopUpService inquireTopUpService(EmoneyTopUpPort emoney, ReferenceGeneratorPort references, Clock clock) {
        return new InquireTopUpService(emoney, references, clock);
    }

    /**
     * The reconciliation policy; {@code requested-stale-after} and the lease are derived from the SNAP timeouts and
     * the database pool's wait ({@link ReconciliationTimings}), and a configured {@code requested-stale-after} shorter
     * than the longest request stops start-up.
     */
    @Bean
    ReconciliationPolicy reconciliationPolicy(ReconciliationProperties properties, SnapProperties snap,
                                              Environment environment) {
        Duration poolWait = Binder.get(environment).bind("spring.datasource.hikari.connection-timeout", Long.class)
                .map(Duration::ofMillis).orElse(ReconciliationTimings.DEFAULT_POOL_WAIT);
        ReconciliationTimings timings = ReconciliationTimings.of(snap, poolWait);
        return new ReconciliationPolicy(properties.firstCheckAfter(), properties.maxBackoff(), properties.budget(),
                timings.requestedStaleAfter(properties.requestedStaleAfter()), timings.lease(), properties.batchSize());
    }

    @Bean
    TopUpCustomerService topUpCustomerService(EmoneyTopUpPort emoney, LoadTopUpPort loads, SaveTopUpPort saves,
                                              CreditWalletPort wallets, TransactionPort transactions,
                                              ReferenceGeneratorPort references, Clock clock,
                                              ReconciliationPolicy policy) {
        return new TopUpCustomerService(emoney, loads, saves, wallets, transactions, references, clock, policy);
    }

    @Bean
    ReconcileTopUpsService reconcileTopUpsService(EmoneyTopUpPort emoney, LoadTopUpPort loads, SaveTopUpPort saves,
                                                  TopUpCheckLeasePort leases, CreditWalletPort wallets,
                                                  TransactionPort transactions, Clock clock,
                                                  ReconciliationPolicy policy) {
        return new ReconcileTopUpsService(emoney, loads, saves, leases, wallets, transactions, clock, policy);
    }

    @Bean
    ReceiveTopUpNotificationService receiveTopUpNotificationService(NotificationVerifierPort verifier,
                                                                    NotificationInboxPort inbox, LoadTopUpPort loads,
                                                                    SaveTopUpPort saves, CreditWalletPort wallets,
                                                                    TransactionPort transactions,
                                                                    ReferenceGeneratorPort references,
                                                                    TopUpWidgetSessionPort widgetSessions, Clock clock) {
        return new ReceiveTopUpNotificationService(verifier, inbox, loads, saves, wallets, transactions, references,
                widgetSessions, clock);
    }

    @Bean
    OpenTopUpWidgetService openTopUpWidgetService(TopUpWidgetPort finpay, TopUpWidgetSessionPort sessions,
                                                  TransactionPort transactions, ReferenceGeneratorPort references,
                                                  Clock clock) {
        return new OpenTopUpWidgetService(finpay, sessions, transactions, references, clock);
    }

    @Bean
    GetTopUpWidgetService getTopUpWidgetService(TopUpWidgetSessionPort sessions, LoadTopUpPort topUps,
                                                TransactionPort transactions, Clock clock) {
        return new GetTopUpWidgetService(sessions, topUps, transactions, clock);
    }

    /** The Finpay Money adapter's settings, from {@code dompet.finpay.money.*}. */
    @Bean
    TopUpWidgetSettings topUpWidgetSettings(TopUpWidgetProperties money, StartupConfigurationCheck checked, Clock clock) {
        return money.settings(clock);
    }

    /** The bill widget adapter's settings, from {@code dompet.finpay.bill-widget.*}. */
    @Bean
    BillWidgetSettings billWidgetSettings(BillWidgetProperties billWidget, StartupConfigurationCheck checked) {
        return billWidget.settings();
    }

    /** The bill amounts the configured {@code bill-amount-format} can send, which the web checks requests against. */
    @Bean
    BillAmountPrecision billAmountPrecision(BillWidgetSettings billWidget) {
        return billWidget.billAmountFormat().precision();
    }

    @Bean
    BillWidgetDefaults billWidgetDefaults(BillWidgetProperties billWidget) {
        return new BillWidgetDefaults(Duration.ofSeconds(billWidget.defaultTimeout()), billWidget.backUrl(),
                billWidget.returnUrl(), false);
    }

    @Bean
    GenerateBillWidgetService generateBillWidgetService(BillWidgetPort finpay, BillWidgetStorePort widgets,
                                                        BillerCatalogPort catalog, TransactionPort transactions,
                                                        ReferenceGeneratorPort references, BillWidgetDefaults defaults,
                                                        Clock clock) {
        return new GenerateBillWidgetService(finpay, widgets, catalog, transactions, references, defaults, clock);
    }

    @Bean
    GetBillWidgetService getBillWidgetService(BillWidgetStorePort widgets, BillWidgetPort finpay,
                                              TransactionPort transactions, Clock clock) {
        return new GetBillWidgetService(widgets, finpay, transactions, clock);
    }

    @Bean
    ListBillersService listBillersService(BillerCatalogPort catalog, TransactionPort transactions) {
        return new ListBillersService(catalog, transactions);
    }

    /** The notification verifier's settings, from {@code dompet.finpay.notify.*}. */
    @Bean
    NotifySettings notifySettings(NotifyProperties notify, StartupConfigurationCheck checked, Clock clock) {
        return notify.settings(clock);
    }

    /** The SNAP adapter's settings, from {@code dompet.finpay.snap.*} (checked by {@link StartupConfigurationCheck}). */
    @Bean
    SnapSettings snapSettings(SnapProperties snap, StartupConfigurationCheck checked, Clock clock) {
        return snap.settings(clock);
    }

    /** Depends on the check, so that a bad key configuration is reported with every other problem. */
    @Bean
    ApiKeys apiKeys(ApiProperties api, SandboxProperties sandbox, StartupConfigurationCheck checked) {
        return ApiKeys.of(api.keys(), sandbox.enabled());
    }

    /** {@code livemode} on every resource: live exactly when not in sandbox mode, as decided once at start-up. */
    @Bean
    Livemode livemode(Environment environment) {
        return new Livemode(!environment.getRequiredProperty(SandboxModeEnvironment.ENABLED, Boolean.class));
    }

    /** Static, and a bean factory post-processor, so that it runs before any other bean is created. */
    @Bean
    static StartupConfigurationCheck startupConfigurationCheck(ConfigurableEnvironment environment) {
        return StartupConfigurationCheck.of(environment);
    }
}
