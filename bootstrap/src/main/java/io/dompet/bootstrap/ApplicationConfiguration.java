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

    @Bean
    ApiKeys apiKeys(ApiProperties api, SandboxProperties sandbox) {
        return ApiKeys.of(api.keys(), sandbox.enabled());
    }

    @Bean
    FinpayConfigurationCheck finpayConfigurationCheck(SandboxProperties sandbox, SnapProperties snap,
                                                      MoneyProperties money, BillWidgetProperties billWidget,
                                                      NotifyProperties notify) {
        return new FinpayConfigurationCheck(sandbox, snap, money, billWidget, notify);
    }
}
