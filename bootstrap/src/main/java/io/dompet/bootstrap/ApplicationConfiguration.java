package io.dompet.bootstrap;

import io.dompet.adapter.web.security.ApiKeys;
import io.dompet.application.port.out.LoadWalletPort;
import io.dompet.application.service.GetWalletService;
import io.dompet.bootstrap.properties.ApiProperties;
import io.dompet.bootstrap.properties.BillWidgetProperties;
import io.dompet.bootstrap.properties.MoneyProperties;
import io.dompet.bootstrap.properties.NotifyProperties;
import io.dompet.bootstrap.properties.SandboxProperties;
import io.dompet.bootstrap.properties.SnapProperties;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application services as beans, and the core types bootstrap derives from configuration. */
@Configuration(proxyBeanMethods = false)
class ApplicationConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    GetWalletService getWalletService(LoadWalletPort wallets) {
        return new GetWalletService(wallets);
    }

    /** Depends on the check, so that a bad key configuration is reported with every other problem. */
    @Bean
    ApiKeys apiKeys(ApiProperties api, SandboxProperties sandbox, StartupConfigurationCheck checked) {
        return ApiKeys.of(api.keys(), sandbox.enabled());
    }

    @Bean
    StartupConfigurationCheck startupConfigurationCheck(ApiProperties api, SandboxProperties sandbox,
                                                        SnapProperties snap, MoneyProperties money,
                                                        BillWidgetProperties billWidget, NotifyProperties notify) {
        return new StartupConfigurationCheck(api, sandbox, snap, money, billWidget, notify);
    }
}
