package io.dompet.adapter.finpay.billwidget;

import io.dompet.adapter.finpay.CapturedLogs;
import io.dompet.domain.shared.FinpayFailure;
import static io.dompet.adapter.finpay.billwidget.MerchantSignatureKnownAnswerTest.KEY;
import static io.dompet.adapter.finpay.billwidget.MerchantSignatureKnownAnswerTest.request;
import static io.dompet.adapter.finpay.billwidget.MerchantSignatureKnownAnswerTest.settings;
import static io.dompet.adapter.finpay.billwidget.MerchantSignatureKnownAnswerTest.vector;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.dompet.adapter.finpay.signature.BillWidgetSigner;
import io.dompet.adapter.finpay.signature.HexCase;
import io.dompet.adapter.finpay.signature.UpperCasing;
import io.dompet.application.port.out.BillWidgetPort.GenerateOutcome;
import io.dompet.application.port.out.BillWidgetPort.GenerateRequest;
import io.dompet.domain.billwidget.BillInfo;
import io.dompet.domain.shared.Money;
import java.io.IOException;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The switches {@code signature-value-style}, {@code signature-upper-case} and {@code bill-amount-format} against the
 * known answers PHP (and python3 for Unicode upper-casing) made in {@code src/test/resources/vectors/bill-widget-styles.sh};
 * then both ways against a stub that accepts exactly PHP's signature: dompet set like it is accepted, set otherwise is
 * refused as an invalid signature and its WARN line names the switches with their current and other values.
 */
class MerchantSignatureStylesKnownAnswerTest {

    /** A name with non-ASCII letters and a slash: every style and both upper-casings sign it differently. */
    static final BillInfo BILL = new BillInfo("8888800393834857", Money.idr(150_000), "01", "José Ñandú A/B",
            "081234567890", "jose@example.com");

    @RegisterExtension
    private final CapturedLogs logs = CapturedLogs.of(FinpayBillWidgetAdapter.class);

    static GenerateRequest withBill() {
        return request(List.of("080003", "070001"), BILL, true, 900);
    }

    static GenerateRequest withoutBillNotNotified() {
        return request(List.of("080003"), null, false, 900);
    }

    static BillWidgetSettings configured(SignatureValueStyle style, UpperCasing upper, BillAmountFormat amounts) {
        return settings(MerchantIdField.MERCHANT_ID, HexCase.LOWER).signatureValueStyle(style)
                .signatureUpperCase(upper).billAmountFormat(amounts).build();
    }

    static String stringToSign(GenerateRequest request, BillWidgetSettings settings) {
        GenerateWidgetRequest wire = GenerateWidgetRequest.of(request, settings);
        return BillWidgetSigner.valuesToSign(GenerateWidgetRequest.signedValues(wire.toJson(settings.merchantIdField()),
                settings.signatureValueStyle()), settings.signatureUpperCase()) + KEY;
    }

    static String signature(GenerateRequest request, BillWidgetSettings settings) {
        return GenerateWidgetRequest.of(request, settings).sign(settings.merchantIdField(),
                settings.signatureValueStyle(), new BillWidgetSigner(KEY, settings.signatureCase(),
                        settings.signatureUpperCase())).signature();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "json-ascii, JSON, ASCII, DECIMAL",
            "json-unicode, JSON, UNICODE, DECIMAL",
            "php-ascii, PHP, ASCII, DECIMAL",
            "joined-ascii, JOINED, ASCII, DECIMAL",
            "integer-ascii, JSON, ASCII, INTEGER",
    })
    void eachVariantSignsTheStringPhpBuiltAndItsDigest(String name, SignatureValueStyle style, UpperCasing upper,
                                                       BillAmountFormat amounts) {
        BillWidgetSettings settings = configured(style, upper, amounts);

        assertThat(stringToSign(withBill(), settings)).isEqualTo(vector("bill-widget-" + name + "-string-to-sign.txt"));
        assertThat(signature(withBill(), settings)).isEqualTo(vector("bill-widget-" + name + ".sig"));
    }

    @Test
    void thePhpStyleSignsFalseAsTheEmptyString() {
        BillWidgetSettings settings = configured(SignatureValueStyle.PHP, UpperCasing.ASCII, BillAmountFormat.DECIMAL);

        assertThat(stringToSign(withoutBillNotNotified(), settings))
                .isEqualTo(vector("bill-widget-php-false-string-to-sign.txt")).contains("/BACK%%DOMPETMERCHANT01%");
        assertThat(signature(withoutBillNotNotified(), settings)).isEqualTo(vector("bill-widget-php-false.sig"));
    }

    @Test
    void theBodyIsTheSameWhateverTheStyleOnlyTheSignedTextDiffers() {
        String json = body(configured(SignatureValueStyle.JSON, UpperCasing.ASCII, BillAmountFormat.DECIMAL));
        String php = body(configured(SignatureValueStyle.PHP, UpperCasing.UNICODE, BillAmountFormat.DECIMAL));

        assertThat(php.replaceAll("\"merchantSignature\":\"[0-9a-f]+\"", ""))
                .isEqualTo(json.replaceAll("\"merchantSignature\":\"[0-9a-f]+\"", ""))
                .contains("\"customerName\":\"José Ñandú A/B\"").contains("\"isNotif\":true");
    }

    @Test
    void theIntegerFormatSendsWholeRupiah() {
        String body = body(configured(SignatureValueStyle.JSON, UpperCasing.ASCII, BillAmountFormat.INTEGER));

        assertThat(body).contains("\"amount\":\"150000\",");
    }

    private static String body(BillWidgetSettings settings) {
        return new String(GenerateWidgetRequest.of(withBill(), settings).sign(settings.merchantIdField(),
                settings.signatureValueStyle(), new BillWidgetSigner(KEY, HexCase.LOWER,
                        settings.signatureUpperCase())).body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "Finpay {0}: dompet {1}/{2}/{3} accepted, {4}/{5}/{6} refused naming {7}")
    @CsvSource(delimiter = '|', value = {
            "php-ascii | PHP | ASCII | DECIMAL | JSON | ASCII | DECIMAL | signature-value-style=json (try php or joined)",
            "joined-ascii | JOINED | ASCII | DECIMAL | PHP | ASCII | DECIMAL | signature-value-style=php (try json or joined)",
            "json-unicode | JSON | UNICODE | DECIMAL | JSON | ASCII | DECIMAL | signature-upper-case=ascii (try unicode)",
            "json-ascii | JSON | ASCII | DECIMAL | JSON | UNICODE | DECIMAL | signature-upper-case=unicode (try ascii)",
            "integer-ascii | JSON | ASCII | INTEGER | JSON | ASCII | DECIMAL | bill-amount-format=decimal (try integer)",
    })
    void bothWaysAgainstAStubThatAcceptsOnlyPhpsSignature(String vector, SignatureValueStyle agreeingStyle,
                                                          UpperCasing agreeingUpper, BillAmountFormat agreeingAmounts,
                                                          SignatureValueStyle otherStyle, UpperCasing otherUpper,
                                                          BillAmountFormat otherAmounts, String named) throws IOException {
        try (StubBillWidget finpay = new StubBillWidget(KEY, "merchantId", false)) {
            finpay.acceptingOnly(vector("bill-widget-" + vector + ".sig"));
            UnaryOperator<BillWidgetSettings> at = settings -> new BillWidgetSettings(finpay.baseUrl(),
                    settings.merchantId(), KEY, settings.terminal(), settings.terminalName(), settings.merchantIdField(),
                    settings.signatureCase(), settings.connectTimeout(), settings.readTimeout(),
                    settings.signatureValueStyle(), settings.signatureUpperCase(), settings.billAmountFormat());

            GenerateOutcome agreeing = new FinpayBillWidgetAdapter(at.apply(
                    configured(agreeingStyle, agreeingUpper, agreeingAmounts))).generate(withBill());
            assertThat(agreeing).isInstanceOf(GenerateOutcome.Generated.class);
            assertThat(warnings()).isEmpty();

            GenerateOutcome other = new FinpayBillWidgetAdapter(at.apply(
                    configured(otherStyle, otherUpper, otherAmounts))).generate(withBill());
            assertThat(other).isEqualTo(new GenerateOutcome.Refused(new FinpayFailure("4017300", "Invalid Signature")));
            String sent = finpay.generated().get(1).json().get("merchantSignature").stringValue();
            assertThat(warnings()).singleElement().satisfies(line -> assertThat(line)
                    .contains("refused as an invalid signature (4017300)")
                    .contains("dompet.finpay.bill-widget." + named)
                    .contains("dompet.finpay.bill-widget.signature-case=lower (try upper)")
                    .contains("dompet.finpay.bill-widget.merchant-id-field=merchantId (try username)")
                    .contains("check dompet.finpay.bill-widget.merchant-key")
                    .doesNotContain(KEY).doesNotContain(sent).doesNotContain("José").doesNotContain("081234567890")
                    .doesNotContain("jose@example.com"));
        }
    }

    private List<String> warnings() {
        return logs.events().stream().filter(event -> event.getLevel() == Level.WARN)
                .map(ILoggingEvent::getFormattedMessage).toList();
    }
}
