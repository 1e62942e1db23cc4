package io.dompet.autoconfigure.sandbox;

import java.util.Arrays;

import io.dompet.autoconfigure.properties.BillWidgetProperties;
import io.dompet.autoconfigure.properties.NotifyProperties;
import io.dompet.autoconfigure.properties.TopUpWidgetProperties;
import io.dompet.autoconfigure.properties.SandboxProperties;
import io.dompet.autoconfigure.properties.SnapProperties;
import io.dompet.sandbox.FinpaySandbox;
import io.dompet.sandbox.config.BillWidgetSignatureCase;
import io.dompet.sandbox.config.BillWidgetVariant;
import io.dompet.sandbox.config.MerchantIdField;
import io.dompet.sandbox.config.MoneySignatureKeyCase;
import io.dompet.sandbox.config.MoneyWidgetVariant;
import io.dompet.sandbox.config.NotifyVariant;
import io.dompet.sandbox.config.SandboxSettings;
import io.dompet.sandbox.config.SignatureEncoding;
import io.dompet.sandbox.config.SnapVariant;
import io.dompet.sandbox.config.WidgetRequestType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The start-up banner saying which mode and why, and, in sandbox mode without {@code dompet.sandbox.external-url}, the
 * Finpay sandbox running in-process for as long as dompet runs. In live mode no sandbox starts. The in-process sandbox
 * plays the Finpay variant dompet is configured for ({@code signature-encoding}, {@code original-reference-no},
 * {@code signature-key-case}, {@code widget-request-type}, {@code merchant-id-field}, {@code signature-case}, the bill widget's
 * {@code signature-value-style}, {@code signature-upper-case} and {@code bill-amount-format}, and Notify's
 * {@code signature-encoding} and {@code string-to-sign}), so the README's run command works with any of them. It does
 * not mirror {@code inquiry-reference}: whether Finpay keeps {@code partnerReferenceNo} unique per service or across
 * services is Finpay's behaviour, not dompet's, and the sandbox plays the stricter answer, so {@code shared} meets its
 * refusal.
 */
@Configuration(proxyBeanMethods = false)
@Import(SandboxConfiguration.InProcessSandbox.class)
public class SandboxConfiguration {

    @Bean
    ModeBanner modeBanner() {
        return new ModeBanner();
    }

    /** The sandbox in dompet's own process: sandbox mode, and no external sandbox configured. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = ModeDecision.SANDBOX_CLASS)
    @ConditionalOnBooleanProperty(SandboxModeEnvironment.ENABLED)
    @Conditional(NoExternalSandbox.class)
    static class InProcessSandbox {

        @Bean(destroyMethod = "close")
        FinpaySandbox finpaySandbox(SandboxProperties properties, SnapProperties snap, TopUpWidgetProperties money,
                                    BillWidgetProperties billWidget, NotifyProperties notify) {
            return FinpaySandbox.start(SandboxSettings.defaults()
                    .withPort(properties.port())
                    .withSnapVariant(SnapVariant.defaults()
                            .withSignatureEncoding(SignatureEncoding.valueOf(snap.signatureEncoding().name()))
                            .withOriginalReferenceNo(
                                    SnapVariant.OriginalReferenceNo.valueOf(snap.originalReferenceNo().name())))
                    .withMoneyWidgetVariant(MoneyWidgetVariant.defaults()
                            .withSignatureKeyCase(MoneySignatureKeyCase.valueOf(money.signatureKeyCase().name()))
                            .withRequestType(widgetRequestType(money.widgetRequestType())))
                    .withBillWidgetVariant(BillWidgetVariant.defaults()
                            .withSignatureCase(BillWidgetSignatureCase.valueOf(billWidget.signatureCase().name()))
                            .withMerchantIdField(MerchantIdField.valueOf(billWidget.merchantIdField().name()))
                            .withValueStyle(BillWidgetVariant.ValueStyle.valueOf(billWidget.signatureValueStyle().name()))
                            .withUpperCase(BillWidgetVariant.UpperCase.valueOf(billWidget.signatureUpperCase().name()))
                            .withBillAmountFormat(
                                    BillWidgetVariant.BillAmountFormat.valueOf(billWidget.billAmountFormat().name())))
                    .withNotifyVariant(NotifyVariant.defaults()
                            .withSignatureEncoding(SignatureEncoding.valueOf(notify.signatureEncoding().name()))
                            .withStringToSign(NotifyVariant.StringToSign.valueOf(notify.stringToSign().name())))
                    .withSlowAnswerDelay(properties.slowAnswerDelayAfter(snap.readTimeout())));
        }

        /**
         * The sandbox's spelling for dompet's {@code widget-request-type}; a value the sandbox does not know leaves it
         * at its default, so that dompet meets the refusal Finpay would give.
         */
        private static WidgetRequestType widgetRequestType(String configured) {
            return Arrays.stream(WidgetRequestType.values()).filter(type -> type.value().equals(configured)).findFirst()
                    .orElse(MoneyWidgetVariant.defaults().requestType());
        }

        @Bean
        SandboxCallbackRegistration sandboxCallbackRegistration(FinpaySandbox sandbox) {
            return new SandboxCallbackRegistration(sandbox);
        }
    }

    static final class NoExternalSandbox implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty(SandboxModeEnvironment.EXTERNAL_URL);
            return url == null || url.isBlank();
        }
    }
}
