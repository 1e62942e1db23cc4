package io.dompet.bootstrap;

import io.dompet.adapter.web.resource.Livemode;
import io.dompet.adapter.web.security.ApiKeys;
import io.dompet.adapter.finpay.billwidget.BillWidgetSettings;
import io.dompet.adapter.finpay.topupwidget.TopUpWidgetSettings;
import io.dompet.adapter.finpay.notify.NotifySettings;
import io.dompet.adapter.finpay.snap.SnapSettings;
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
import org.springframework.context.annotation.Import;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * The application services as beans (each built by its one constructor from the ports and the core types here), and
 * the core types bootstrap derives from configuration.
 */
@Configuration(proxyBeanMethods = false)
@Import({QueryService.class, InquireTopUpService.class, TopUpCustomerService.class,
        ReconcileTopUpsService.class, ReceiveTopUpNotificationService.class, OpenTopUpWidgetService.class,
        GenerateBillWidgetService.class, GetBillWidgetService.class, ListService.class, ReviewTopUpService.class,
        NotificationConflictService.class})
class ApplicationConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
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
        return ApiKeys.of(api.keys(), sandbox.enabled()).withRoles(api.rolesByClient());
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
