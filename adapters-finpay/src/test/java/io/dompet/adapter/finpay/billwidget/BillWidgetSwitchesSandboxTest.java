package io.dompet.adapter.finpay.billwidget;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.dompet.adapter.finpay.CapturedLogs;
import io.dompet.adapter.finpay.signature.HexCase;
import io.dompet.adapter.finpay.signature.UpperCasing;
import io.dompet.application.port.out.BillWidgetPort.CheckOutcome;
import io.dompet.application.port.out.BillWidgetPort.GenerateOutcome;
import io.dompet.application.port.out.BillWidgetPort.GenerateRequest;
import io.dompet.domain.billwidget.BillInfo;
import io.dompet.domain.billwidget.ProductCode;
import io.dompet.domain.shared.Money;
import io.dompet.sandbox.FinpaySandbox;
import io.dompet.sandbox.config.BillWidgetSignatureCase;
import io.dompet.sandbox.config.BillWidgetVariant;
import io.dompet.sandbox.config.SandboxCredentials;
import io.dompet.sandbox.config.SandboxSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bill widget switch both ways against the independent in-process sandbox, which plays one Finpay answer to
 * each open question ({@link BillWidgetVariant}, set apart from dompet's settings): the sandbox set to the switch's
 * other value and dompet set the same → the widget is generated and its token checks; dompet left at its default →
 * the sandbox's refusal, and the adapter's WARN line names the property with dompet's value and the value to try.
 * The bill data makes each variant matter: a customer name with non-ASCII letters and a {@code /} (PHP's
 * {@code json_encode} escapes both, Unicode upper-casing changes the letters), {@code isNotif} true and false (PHP
 * signs {@code 1} and the empty string), two product codes (comma-joined), and an amount (whole rupiah or not).
 */
class BillWidgetSwitchesSandboxTest {

    private static final AtomicLong KEYS = new AtomicLong(System.currentTimeMillis());
    private static final String PREFIX = "dompet.finpay.bill-widget.";
    /** Non-ASCII letters and a slash, inside {@code billInfo}: the one object the signature takes as JSON. */
    private static final BillInfo BILL = new BillInfo("8888800393834857", Money.idr(150_000), "01", "José Ñandú A/B",
            "081234567890", "jose@example.com");

    @RegisterExtension
    private final CapturedLogs logs = CapturedLogs.of(FinpayBillWidgetAdapter.class);

    /**
     * One switch's pair: how the sandbox is set, how dompet is set to agree, the request that makes it matter, the
     * sandbox's code for dompet at its default, and what the WARN line must say ({@code property=default (try value)}).
     */
    record Pair(String name, UnaryOperator<BillWidgetVariant> finpay, UnaryOperator<BillWidgetSettingsBuilder> agreeing,
                @Nullable BillInfo bill, boolean isNotif, List<String> codes, String refusalCode, String named) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> pairs() {
        return Stream.of(
                new Pair("signature-value-style=php, isNotif true, a bill",
                        variant -> variant.withValueStyle(BillWidgetVariant.ValueStyle.PHP),
                        dompet -> dompet.signatureValueStyle(SignatureValueStyle.PHP),
                        BILL, true, List.of("080003"), "4010000", "signature-value-style=json (try php or joined)"),
                new Pair("signature-value-style=php, isNotif false, no bill",
                        variant -> variant.withValueStyle(BillWidgetVariant.ValueStyle.PHP),
                        dompet -> dompet.signatureValueStyle(SignatureValueStyle.PHP),
                        null, false, List.of("080003"), "4010000", "signature-value-style=json (try php or joined)"),
                new Pair("signature-value-style=joined, two product codes",
                        variant -> variant.withValueStyle(BillWidgetVariant.ValueStyle.JOINED),
                        dompet -> dompet.signatureValueStyle(SignatureValueStyle.JOINED),
                        BILL, true, List.of("080003", "070001"), "4010000",
                        "signature-value-style=json (try php or joined)"),
                new Pair("signature-upper-case=unicode, a non-ASCII name",
                        variant -> variant.withUpperCase(BillWidgetVariant.UpperCase.UNICODE),
                        dompet -> dompet.signatureUpperCase(UpperCasing.UNICODE),
                        BILL, true, List.of("080003"), "4010000", "signature-upper-case=ascii (try unicode)"),
                new Pair("signature-case=upper",
                        variant -> variant.withSignatureCase(BillWidgetSignatureCase.UPPER),
                        dompet -> dompet.signatureCase(HexCase.UPPER),
                        BILL, true, List.of("080003"), "4010000", "signature-case=lower (try upper)"),
                new Pair("merchant-id-field=username",
                        variant -> variant.withMerchantIdField(io.dompet.sandbox.config.MerchantIdField.USERNAME),
                        dompet -> dompet.merchantIdField(MerchantIdField.USERNAME),
                        BILL, true, List.of("080003"), "4000001", "merchant-id-field=merchantId (try username)"),
                new Pair("bill-amount-format=integer, an amount",
                        variant -> variant.withBillAmountFormat(BillWidgetVariant.BillAmountFormat.INTEGER),
                        dompet -> dompet.billAmountFormat(BillAmountFormat.INTEGER),
                        BILL, true, List.of("080003"), "4000001", "bill-amount-format=decimal (try integer)"))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void dompetSetLikeTheSandboxGeneratesAWidgetWhoseTokenChecks(Pair pair) {
        try (FinpaySandbox finpay = sandbox(pair)) {
            FinpayBillWidgetAdapter dompet = adapter(finpay, pair.agreeing());

            GenerateOutcome outcome = dompet.generate(request(pair));

            assertThat(outcome).as(pair.name()).isInstanceOf(GenerateOutcome.Generated.class);
            CheckOutcome checked = dompet.check(((GenerateOutcome.Generated) outcome).token());
            assertThat(checked).isInstanceOf(CheckOutcome.Valid.class);
            assertThat(((CheckOutcome.Valid) checked).productCodes()).isEqualTo(pair.codes());
            assertThat(((CheckOutcome.Valid) checked).includeBill()).isEqualTo(pair.bill() != null);
            assertThat(warnings()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void dompetAtItsDefaultMeetsTheSandboxsRefusalAndItsWarningNamesTheSwitchAndTheValueToTry(Pair pair) {
        try (FinpaySandbox finpay = sandbox(pair)) {
            GenerateOutcome outcome = adapter(finpay, UnaryOperator.identity()).generate(request(pair));

            assertThat(outcome).isInstanceOf(GenerateOutcome.Refused.class);
            assertThat(((GenerateOutcome.Refused) outcome).failure().code()).isEqualTo(pair.refusalCode());
            assertThat(warnings()).singleElement().satisfies(line -> assertThat(line)
                    .contains("(" + pair.refusalCode() + ")")
                    .contains(PREFIX + pair.named())
                    .doesNotContain(SandboxCredentials.defaults().billWidget().merchantKey())
                    .doesNotContain("José").doesNotContain("081234567890").doesNotContain("jose@example.com"));
        }
    }

    private static FinpaySandbox sandbox(Pair pair) {
        return FinpaySandbox.start(SandboxSettings.defaults().withPort(0)
                .withBillWidgetVariant(pair.finpay().apply(BillWidgetVariant.defaults())));
    }

    private static FinpayBillWidgetAdapter adapter(FinpaySandbox finpay,
                                                   UnaryOperator<BillWidgetSettingsBuilder> switches) {
        SandboxCredentials.BillWidget merchant = SandboxCredentials.defaults().billWidget();
        return new FinpayBillWidgetAdapter(switches.apply(BillWidgetSettingsBuilder.of(finpay.baseUrl(),
                merchant.merchantId(), merchant.merchantKey(), "DOMPET01", "dompet test")).build());
    }

    private static GenerateRequest request(Pair pair) {
        return new GenerateRequest("BS" + KEYS.incrementAndGet(), "UK" + KEYS.incrementAndGet(),
                pair.codes().stream().map(ProductCode::new).toList(), pair.bill(), pair.isNotif(),
                Duration.ofMinutes(10), "https://shop.example/bills/back?from=widget",
                "https://shop.example/bills/return", Instant.now());
    }

    private List<String> warnings() {
        return logs.events().stream().filter(event -> event.getLevel() == Level.WARN)
                .map(ILoggingEvent::getFormattedMessage).toList();
    }
}
