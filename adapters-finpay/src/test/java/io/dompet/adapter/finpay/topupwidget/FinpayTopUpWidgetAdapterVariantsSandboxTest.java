package io.dompet.adapter.finpay.topupwidget;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.dompet.adapter.finpay.CapturedLogs;
import io.dompet.adapter.finpay.signature.HexCase;
import io.dompet.application.port.out.TopUpWidgetPort.WidgetOutcome;
import io.dompet.application.port.out.TopUpWidgetPort.WidgetRequest;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.sandbox.FinpaySandbox;
import io.dompet.sandbox.config.MoneySignatureKeyCase;
import io.dompet.sandbox.config.MoneyWidgetVariant;
import io.dompet.sandbox.config.SandboxCredentials;
import io.dompet.sandbox.config.SandboxSettings;
import io.dompet.sandbox.config.WidgetRequestType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Finpay Money adapter against the independent sandbox set to each answer of the widget's open questions (its own
 * {@link MoneyWidgetVariant}): dompet set like the sandbox is issued a widget, set differently meets the sandbox's
 * refusal and logs the switch and the value to try.
 */
class FinpayTopUpWidgetAdapterVariantsSandboxTest {

    private static final AtomicLong TRANS_NUMBERS = new AtomicLong(System.currentTimeMillis());

    private FinpaySandbox sandbox;
    @RegisterExtension
    private final CapturedLogs logs = CapturedLogs.of("io.dompet.adapter.finpay");

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private WidgetOutcome open(MoneyWidgetVariant variant, HexCase keyCase, String requestType) {
        sandbox = FinpaySandbox.start(SandboxSettings.defaults().withMoneyWidgetVariant(variant));
        SandboxCredentials.Money money = SandboxCredentials.defaults().money();
        FinpayTopUpWidgetAdapter adapter = new FinpayTopUpWidgetAdapter(TopUpWidgetSettingsBuilder.of(
                        sandbox.baseUrl().resolve("/apicobrand"), money.username(), money.password(), money.secretKey())
                .signatureKeyCase(keyCase).widgetRequestType(requestType).clock(Clock.systemUTC()).build());
        return adapter.openWidget(new WidgetRequest("T" + TRANS_NUMBERS.incrementAndGet(),
                PhoneNumber.parse("081234567890"), Instant.now()));
    }

    private List<String> errors() {
        return logs.events().stream().filter(event -> event.getLevel() == Level.ERROR)
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    @ParameterizedTest
    @CsvSource({"UPPER, UPPER, upper, lower", "LOWER, LOWER, lower, upper", "LOWER, UPPER, upper, lower",
            "UPPER, LOWER, lower, upper"})
    void signatureKeyCaseSetLikeTheSandboxIsIssuedAWidgetAndOtherwiseTheRefusalNamesTheSwitch(
            MoneySignatureKeyCase sandboxCase, HexCase dompet, String current, String other) {
        WidgetOutcome outcome = open(MoneyWidgetVariant.defaults().withSignatureKeyCase(sandboxCase), dompet,
                TopUpWidgetSettings.DEFAULT_WIDGET_REQUEST_TYPE);

        if (sandboxCase.name().equals(dompet.name())) {
            assertThat(outcome).isInstanceOf(WidgetOutcome.Issued.class);
            assertThat(errors()).isEmpty();
        } else {
            assertThat(outcome).isInstanceOfSatisfying(WidgetOutcome.Refused.class,
                    refused -> assertThat(refused.failure().message()).contains("005 Invalid Signature"));
            assertThat(errors()).singleElement().asString()
                    .contains("getToken", "dompet.finpay.money.signature-key-case=" + current + " (try " + other + ")");
        }
    }

    @ParameterizedTest
    @CsvSource({"WIDGET_TOP_UP, widgetTopUp, widgetTopup", "WIDGET_TOPUP, widgetTopup, widgetTopUp",
            "WIDGET_TOPUP, widgetTopUp, widgetTopup", "WIDGET_TOP_UP, widgetTopup, widgetTopUp"})
    void widgetRequestTypeSetLikeTheSandboxIsIssuedAWidgetAndOtherwiseTheRefusalNamesTheSwitch(
            WidgetRequestType sandboxType, String dompet, String other) {
        WidgetOutcome outcome = open(MoneyWidgetVariant.defaults().withRequestType(sandboxType), HexCase.UPPER, dompet);

        if (sandboxType.value().equals(dompet)) {
            assertThat(outcome).isInstanceOf(WidgetOutcome.Issued.class);
            assertThat(errors()).isEmpty();
        } else {
            assertThat(outcome).isInstanceOfSatisfying(WidgetOutcome.Refused.class,
                    refused -> assertThat(refused.failure().code()).isEqualTo("002"));
            assertThat(errors()).singleElement().asString()
                    .contains("widget/topup", "dompet.finpay.money.widget-request-type=" + dompet + " (try " + other + ")");
        }
    }
}
