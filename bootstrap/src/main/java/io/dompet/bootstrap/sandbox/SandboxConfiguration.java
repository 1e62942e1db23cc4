package io.dompet.bootstrap.sandbox;

import io.dompet.bootstrap.properties.BillWidgetProperties;
import io.dompet.bootstrap.properties.MoneyProperties;
import io.dompet.bootstrap.properties.SandboxProperties;
import io.dompet.bootstrap.properties.SnapProperties;
import io.dompet.sandbox.FinpaySandbox;
import io.dompet.sandbox.config.BillWidgetSignatureCase;
import io.dompet.sandbox.config.MoneySignatureKeyCase;
import io.dompet.sandbox.config.SandboxSettings;
import io.dompet.sandbox.config.SignatureEncoding;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Sandbox mode: the Finpay sandbox runs in-process for as long as dompet runs, and a banner says so. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(SandboxModeEnvironment.ENABLED)
public class SandboxConfiguration {

    @Bean(destroyMethod = "close")
    FinpaySandbox finpaySandbox(SandboxProperties properties, SnapProperties snap, MoneyProperties money,
                                BillWidgetProperties billWidget) {
        return FinpaySandbox.start(SandboxSettings.defaults()
                .withPort(properties.port())
                .withSignatureEncoding(SignatureEncoding.valueOf(snap.signatureEncoding().name()))
                .withMoneySignatureKeyCase(MoneySignatureKeyCase.valueOf(money.signatureKeyCase().name()))
                .withBillWidgetSignatureCase(BillWidgetSignatureCase.valueOf(billWidget.signatureCase().name()))
                .withSlowAnswerDelay(properties.slowAnswerDelayAfter(snap.readTimeout())));
    }

    @Bean
    SandboxCallbackRegistration sandboxCallbackRegistration(FinpaySandbox sandbox) {
        return new SandboxCallbackRegistration(sandbox);
    }

    @Bean
    SandboxBanner sandboxBanner(FinpaySandbox sandbox) {
        return new SandboxBanner(sandbox);
    }
}
