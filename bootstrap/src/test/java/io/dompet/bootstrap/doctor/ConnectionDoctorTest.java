package io.dompet.bootstrap.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dompet.bootstrap.doctor.DoctorReport.Line;
import io.dompet.bootstrap.doctor.DoctorReport.Verdict;
import io.dompet.autoconfigure.sandbox.SandboxModeEnvironment;
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
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The doctor against the in-process Finpay sandbox set to each variant (the sandbox's own settings), with dompet
 * configured with its defaults: it finds the sandbox's value and names it; with everything matching, every call is
 * accepted and the exit code is 0. It never sends a top-up.
 */
class ConnectionDoctorTest {

    private FinpaySandbox sandbox;

    @AfterEach
    void stopSandbox() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void withEverythingMatchingEveryCallIsAcceptedTheExitCodeIsZeroAndNoTopUpIsSent() throws Exception {
        DoctorReport report = examine(settings -> settings, Map.of());

        assertThat(report.lines()).extracting(Line::call).containsExactly("SNAP access-token", "SNAP account-inquiry",
                "SNAP topup-status", "Money getToken", "Money widget/topup", "bill widget generate", "Notify verifier");
        assertThat(report.lines()).allSatisfy(line -> assertThat(line.verdict()).isEqualTo(Verdict.ACCEPTED));
        assertThat(report.exitCode()).isZero();
        assertThat(processedTopUps()).isEqualTo("[]");
    }

    static Stream<Arguments> variants() {
        return Stream.of(
                variant("SNAP account-inquiry", "dompet.finpay.snap.signature-encoding=hex",
                        s -> s.withSnapVariant(SnapVariant.defaults().withSignatureEncoding(SignatureEncoding.HEX))),
                variant("SNAP topup-status", "dompet.finpay.snap.original-reference-no=empty",
                        s -> s.withSnapVariant(SnapVariant.defaults()
                                .withOriginalReferenceNo(SnapVariant.OriginalReferenceNo.EMPTY))),
                variant("Money getToken", "dompet.finpay.money.signature-key-case=lower",
                        s -> s.withMoneyWidgetVariant(MoneyWidgetVariant.defaults()
                                .withSignatureKeyCase(MoneySignatureKeyCase.LOWER))),
                variant("Money widget/topup", "dompet.finpay.money.widget-request-type=widgetTopup",
                        s -> s.withMoneyWidgetVariant(MoneyWidgetVariant.defaults()
                                .withRequestType(WidgetRequestType.WIDGET_TOPUP))),
                variant("bill widget generate", "dompet.finpay.bill-widget.signature-case=upper",
                        s -> s.withBillWidgetVariant(BillWidgetVariant.defaults()
                                .withSignatureCase(BillWidgetSignatureCase.UPPER))),
                variant("bill widget generate", "dompet.finpay.bill-widget.merchant-id-field=username",
                        s -> s.withBillWidgetVariant(BillWidgetVariant.defaults()
                                .withMerchantIdField(MerchantIdField.USERNAME))),
                variant("bill widget generate", "dompet.finpay.bill-widget.signature-value-style=php",
                        s -> s.withBillWidgetVariant(BillWidgetVariant.defaults()
                                .withValueStyle(BillWidgetVariant.ValueStyle.PHP))),
                variant("bill widget generate", "dompet.finpay.bill-widget.signature-value-style=joined",
                        s -> s.withBillWidgetVariant(BillWidgetVariant.defaults()
                                .withValueStyle(BillWidgetVariant.ValueStyle.JOINED))),
                variant("bill widget generate",
                        "dompet.finpay.bill-widget.signature-case=upper and "
                                + "dompet.finpay.bill-widget.merchant-id-field=username",
                        s -> s.withBillWidgetVariant(BillWidgetVariant.defaults()
                                .withSignatureCase(BillWidgetSignatureCase.UPPER)
                                .withMerchantIdField(MerchantIdField.USERNAME))),
                variant("Notify verifier", "dompet.finpay.notify.string-to-sign=snap-raw-body",
                        s -> s.withNotifyVariant(NotifyVariant.defaults()
                                .withStringToSign(NotifyVariant.StringToSign.SNAP_RAW_BODY))),
                variant("Notify verifier", "dompet.finpay.notify.signature-encoding=hex",
                        s -> s.withNotifyVariant(NotifyVariant.defaults().withSignatureEncoding(SignatureEncoding.HEX))));
    }

    private static Arguments variant(String call, String setting, UnaryOperator<SandboxSettings> variant) {
        return Arguments.of(call, setting, variant);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("variants")
    void findsTheValueTheSandboxIsSetToAndNamesTheSwitch(String call, String setting,
                                                         UnaryOperator<SandboxSettings> variant) throws Exception {
        DoctorReport report = examine(variant, Map.of());

        assertThat(line(report, call).verdict()).isEqualTo(Verdict.CHANGE);
        assertThat(line(report, call).text()).startsWith("refused ").endsWith("→ set " + setting);
        assertThat(report.lines()).filteredOn(other -> !other.call().equals(call))
                .allSatisfy(other -> assertThat(other.verdict()).isEqualTo(Verdict.ACCEPTED));
        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(processedTopUps()).isEqualTo("[]");
    }

    @Test
    void findsTheBillAmountFormatWhenAskedToSendABill() {
        DoctorReport report = examine(settings -> settings.withBillWidgetVariant(BillWidgetVariant.defaults()
                        .withBillAmountFormat(BillWidgetVariant.BillAmountFormat.INTEGER)), Map.of(),
                new DoctorProperties(DoctorProperties.SANDBOX_TEST_NUMBER, DoctorProperties.DEFAULT_PRODUCT_CODE, true,
                        60));

        assertThat(line(report, "bill widget generate").verdict()).isEqualTo(Verdict.CHANGE);
        assertThat(line(report, "bill widget generate").text())
                .endsWith("→ set dompet.finpay.bill-widget.bill-amount-format=integer");
    }

    @Test
    void findsTheUpperCasingWhenASignedValueIsNotAscii() {
        DoctorReport report = examine(settings -> settings.withBillWidgetVariant(BillWidgetVariant.defaults()
                        .withUpperCase(BillWidgetVariant.UpperCase.UNICODE)),
                Map.of("dompet.finpay.bill-widget.terminal-name", "Toko Cendrawasih é"));

        assertThat(line(report, "bill widget generate").verdict()).isEqualTo(Verdict.CHANGE);
        assertThat(line(report, "bill widget generate").text())
                .endsWith("→ set dompet.finpay.bill-widget.signature-upper-case=unicode");
    }

    @Test
    void theValueFoundIsKeptForTheApisLaterCalls() throws Exception {
        DoctorReport report = examine(settings -> settings.withSnapVariant(
                SnapVariant.defaults().withSignatureEncoding(SignatureEncoding.HEX)), Map.of());

        assertThat(line(report, "SNAP topup-status").verdict()).isEqualTo(Verdict.ACCEPTED);
        assertThat(line(report, "SNAP topup-status").text()).contains("with the value found above");
    }

    @Test
    void aRefusalNoValueOfTheSwitchesCuresIsReportedAsRefusedWithWhatToCheck() throws Exception {
        DoctorReport report = examine(settings -> settings,
                Map.of("dompet.finpay.snap.client-secret", "not-the-sandbox-secret"));

        Line inquiry = line(report, "SNAP account-inquiry");
        assertThat(inquiry.verdict()).isEqualTo(Verdict.REFUSED);
        assertThat(inquiry.text()).startsWith("refused 401").contains("with signature-encoding=base64")
                .contains("refused with every other value of signature-encoding too (1 tried)")
                .endsWith("check dompet.finpay.snap.client-secret").doesNotContain("not-the-sandbox-secret");
        assertThat(report.exitCode()).isEqualTo(1);
    }

    @Test
    void aRefusedTokenLeavesTheApisOtherCallsUnmade() throws Exception {
        DoctorReport report = examine(settings -> settings, Map.of("dompet.finpay.snap.client-id", "someone-else"));

        assertThat(line(report, "SNAP access-token").verdict()).isEqualTo(Verdict.REFUSED);
        assertThat(line(report, "SNAP access-token").text()).contains("nothing to vary");
        assertThat(line(report, "SNAP account-inquiry").verdict()).isEqualTo(Verdict.NOT_CHECKED);
        assertThat(line(report, "SNAP account-inquiry").text()).startsWith("not made: SNAP access-token answered 401");
        assertThat(line(report, "SNAP topup-status").verdict()).isEqualTo(Verdict.NOT_CHECKED);
    }

    @Test
    void theBudgetOfCallsBoundsTheRun() throws Exception {
        DoctorReport report = examine(settings -> settings, Map.of("dompet.doctor.max-calls", "2"),
                new DoctorProperties(DoctorProperties.SANDBOX_TEST_NUMBER, DoctorProperties.DEFAULT_PRODUCT_CODE,
                        false, 2));

        assertThat(report.calls()).isEqualTo(2);
        assertThat(line(report, "SNAP topup-status").verdict()).isEqualTo(Verdict.NOT_CHECKED);
        assertThat(line(report, "SNAP topup-status").text()).contains("budget of 2 calls");
        assertThat(line(report, "bill widget generate").verdict()).isEqualTo(Verdict.NOT_CHECKED);
    }

    @Test
    void inLiveModeNotifySaysTheKeyParsesAndHowToConfirmTheRecipe() throws Exception {
        sandbox = FinpaySandbox.start(SandboxSettings.defaults().withPort(0));
        ConfiguredValues values = new ConfiguredValues(environment(Map.of()));
        DoctorReport report = new DoctorReport();

        new NotifyCheck(values, Clock.systemUTC(), null).check(report);

        assertThat(report.lines()).singleElement().satisfies(line -> {
            assertThat(line.verdict()).isEqualTo(Verdict.CHECKED);
            assertThat(line.text()).startsWith("dompet.finpay.notify.public-key parses (RSA-2048); recipe in force: ")
                    .contains("Notify Top Up signature does not verify with");
        });
        assertThat(report.exitCode()).isZero();
    }

    @Test
    void aConfigurationTheAdapterRefusesEndsThatApisChecksWithTheReasonAndTheOthersRun() {
        DoctorReport report = examine(settings -> settings,
                Map.of("dompet.finpay.snap.base-url", "http://127.0.0.1:9/snap"));

        assertThat(line(report, "SNAP").verdict()).isEqualTo(Verdict.NOT_CHECKED);
        assertThat(line(report, "SNAP").text()).startsWith("not made: dompet cannot use this configuration: "
                + "dompet.finpay.snap.base-url must be only scheme, host and port");
        assertThat(line(report, "bill widget generate").verdict()).isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    void theTestNumberAndTheProductCodeAreCheckedWhenBound() {
        assertThatThrownBy(() -> new DoctorProperties("12345", DoctorProperties.DEFAULT_PRODUCT_CODE, false, 60))
                .hasMessage("dompet.doctor.test-customer-number must be an Indonesian mobile number (08…)");
        assertThatThrownBy(() -> new DoctorProperties(DoctorProperties.SANDBOX_TEST_NUMBER, "8000", false, 60))
                .hasMessage("dompet.doctor.product-code must be a 6-digit biller code");
    }

    @Test
    void missingPropertiesAreNamedAndTheirApisCallsNotMade() throws Exception {
        DoctorReport report = examine(settings -> settings, Map.of("dompet.finpay.money.secret-key", ""));

        assertThat(line(report, "Money getToken").verdict()).isEqualTo(Verdict.NOT_CHECKED);
        assertThat(line(report, "Money getToken").text()).isEqualTo("not made: set dompet.finpay.money.secret-key");
    }

    private DoctorReport examine(UnaryOperator<SandboxSettings> variant, Map<String, String> configured) {
        return examine(variant, configured, DoctorProperties.defaults());
    }

    private DoctorReport examine(UnaryOperator<SandboxSettings> variant, Map<String, String> configured,
                                 DoctorProperties doctor) {
        sandbox = FinpaySandbox.start(variant.apply(SandboxSettings.defaults().withPort(0)));
        ConfiguredValues values = new ConfiguredValues(environment(configured));
        Clock clock = Clock.systemUTC();
        SandboxNotifySigner signer = SandboxNotifySigner.of(sandbox.settings().notifyVariant());
        return new ConnectionDoctor(values, doctor, clock, new NotifyCheck(values, clock, signer)).examine();
    }

    /** dompet configured with its defaults against the sandbox (its credentials and keys), then {@code configured}. */
    private StandardEnvironment environment(Map<String, String> configured) {
        Map<String, Object> properties = new LinkedHashMap<>(
                SandboxModeEnvironment.defaults(sandbox.baseUrl().toString().replaceAll("/+$", "")));
        properties.putAll(configured);
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }

    private static Line line(DoctorReport report, String call) {
        List<Line> lines = report.lines().stream().filter(line -> line.call().equals(call)).toList();
        assertThat(lines).hasSize(1);
        return lines.get(0);
    }

    private String processedTopUps() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(sandbox.baseUrl().toString().replaceAll("/+$", "") + "/sandbox/top-ups")).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.body().strip();
    }
}
