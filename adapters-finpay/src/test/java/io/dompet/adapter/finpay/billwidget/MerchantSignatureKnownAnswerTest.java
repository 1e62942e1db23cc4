package io.dompet.adapter.finpay.billwidget;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.adapter.finpay.signature.BillWidgetSigner;
import io.dompet.adapter.finpay.signature.HexCase;
import io.dompet.adapter.finpay.signature.UpperCasing;
import io.dompet.application.port.out.BillWidgetPort.GenerateRequest;
import io.dompet.domain.billwidget.BillInfo;
import io.dompet.domain.billwidget.ProductCode;
import io.dompet.domain.shared.Money;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Known answers from {@code printf '%s' "$STRING" | openssl dgst -sha256}; the commands are in
 * {@code src/test/resources/vectors/bill-widget-signature.sh}, explained in {@code bill-widget-signature.md} beside
 * it. Each request is built through the adapter's own request code, from the port's request and the settings.
 */
class MerchantSignatureKnownAnswerTest {

    static final String KEY = "dompet-Merchant-key-42";
    static final Instant REQUESTED_AT = Instant.parse("2024-07-19T07:15:20Z");
    static final BillInfo BILL = new BillInfo("8888800393834857", Money.idr(150_000), "01", "Budi  Santoso",
            "081234567890", "budi.santoso@example.com");

    static BillWidgetSettingsBuilder settings(MerchantIdField field, HexCase signatureCase) {
        return BillWidgetSettingsBuilder.of(URI.create("https://devo.finnet.co.id"), "dompetmerchant01", KEY, "Term0001",
                "Terminal Testing").merchantIdField(field).signatureCase(signatureCase);
    }

    static GenerateRequest request(List<String> codes, BillInfo bill, boolean isNotif, long timeoutSeconds) {
        return new GenerateRequest("12315139062851", "12457365867", codes.stream().map(ProductCode::new).toList(), bill,
                isNotif, Duration.ofSeconds(timeoutSeconds), "https://dompet.example/back",
                "https://dompet.example/return", REQUESTED_AT);
    }

    static GenerateRequest caseA() {
        return request(List.of("080003"), null, true, 1800);
    }

    static GenerateRequest caseB() {
        return request(List.of("080003", "070001", "503000"), BILL, true, 900);
    }

    static GenerateRequest caseC() {
        return request(List.of("070001", "070002"), null, false, 86400);
    }

    /** The string the adapter signs for {@code request}: its values to sign, then the key. */
    static String stringToSign(GenerateRequest request, MerchantIdField field) {
        GenerateWidgetRequest wire = GenerateWidgetRequest.of(request, settings(field, HexCase.LOWER).build());
        return BillWidgetSigner.valuesToSign(GenerateWidgetRequest.signedValues(wire.toJson(field), SignatureValueStyle.JSON),
                UpperCasing.ASCII) + KEY;
    }

    static GenerateWidgetRequest.Signed signed(GenerateRequest request, MerchantIdField field, HexCase sigCase) {
        BillWidgetSettings settings = settings(field, sigCase).build();
        return GenerateWidgetRequest.of(request, settings).sign(field, SignatureValueStyle.JSON,
                new BillWidgetSigner(KEY, sigCase, UpperCasing.ASCII));
    }

    static String vector(String name) {
        try (InputStream in = MerchantSignatureKnownAnswerTest.class.getResourceAsStream("/vectors/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing vector " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aRequestWithoutABillSignsTheStringOpensslSigned() {
        assertThat(stringToSign(caseA(), MerchantIdField.MERCHANT_ID))
                .isEqualTo(vector("bill-widget-a-string-to-sign.txt"));
        assertThat(signed(caseA(), MerchantIdField.MERCHANT_ID, HexCase.LOWER).signature())
                .isEqualTo(vector("bill-widget-a.sig"));
    }

    @Test
    void aBillWithSpacesInsideItsValuesAndSeveralProductCodesSignsTheStringOpensslSigned() {
        assertThat(stringToSign(caseB(), MerchantIdField.MERCHANT_ID))
                .isEqualTo(vector("bill-widget-b-string-to-sign.txt"))
                .contains("\"CUSTOMERNAME\":\"BUDI  SANTOSO\"");
        assertThat(signed(caseB(), MerchantIdField.MERCHANT_ID, HexCase.LOWER).signature())
                .isEqualTo(vector("bill-widget-b.sig"));
    }

    @Test
    void aFalseIsNotifWithTheMerchantIdSentAsUsernameSignsTheStringOpensslSigned() {
        assertThat(stringToSign(caseC(), MerchantIdField.USERNAME))
                .isEqualTo(vector("bill-widget-c-string-to-sign.txt"));
        assertThat(signed(caseC(), MerchantIdField.USERNAME, HexCase.LOWER).signature())
                .isEqualTo(vector("bill-widget-c.sig"));
    }

    @Test
    void theUpperCaseSwitchGivesTheSameDigestInUpperCaseHex() {
        assertThat(signed(caseB(), MerchantIdField.MERCHANT_ID, HexCase.UPPER).signature())
                .isEqualTo(vector("bill-widget-b-upper.sig"))
                .matches("[0-9A-F]{64}");
    }

    @Test
    void theBodyCarriesTheSignatureAndTheArrayAndObjectExactlyAsTheyWereSigned() {
        GenerateWidgetRequest.Signed signed = signed(caseB(), MerchantIdField.MERCHANT_ID, HexCase.LOWER);
        String body = new String(signed.body(), StandardCharsets.UTF_8);

        assertThat(body).contains("\"productCodes\":[\"080003\",\"070001\",\"503000\"]")
                .contains("\"billInfo\":{\"billNumber\":\"8888800393834857\",\"amount\":\"150000.00\",\"period\":\"01\","
                        + "\"customerName\":\"Budi  Santoso\",\"customerPhone\":\"081234567890\","
                        + "\"customerEmail\":\"budi.santoso@example.com\"}")
                .contains("\"isNotif\":true")
                .contains("\"timeout\":\"900\"")
                .contains("\"timestamp\":\"2024-07-19 14:15:20\"")
                .contains("\"merchantSignature\":\"" + vector("bill-widget-b.sig") + "\"")
                .doesNotContain("\n").doesNotContain(": ");
        Map<String, String> received = StubBillWidget.rawValues(body);
        assertThat(received.get("billInfo")).isEqualTo(GenerateWidgetRequest.signedValues(
                GenerateWidgetRequest.of(caseB(), settings(MerchantIdField.MERCHANT_ID, HexCase.LOWER).build())
                        .toJson(MerchantIdField.MERCHANT_ID), SignatureValueStyle.JSON).get("billInfo"));
    }

    @Test
    void quotesBackslashesSlashesAndAccentsAreSignedExactlyAsTheBodyEscapesThem() {
        BillInfo bill = new BillInfo("88888", Money.ZERO, null, "Sé \"Budi\" \\ A/B", null, null);
        GenerateRequest request = request(List.of("080003"), bill, false, 60);
        BillWidgetSettings settings = settings(MerchantIdField.MERCHANT_ID, HexCase.LOWER).build();
        GenerateWidgetRequest wire = GenerateWidgetRequest.of(request, settings);

        String body = new String(wire.sign(MerchantIdField.MERCHANT_ID, SignatureValueStyle.JSON,
                new BillWidgetSigner(KEY, HexCase.LOWER, UpperCasing.ASCII))
                .body(), StandardCharsets.UTF_8);
        String signedBill = GenerateWidgetRequest.signedValues(wire.toJson(MerchantIdField.MERCHANT_ID),
                SignatureValueStyle.JSON).get("billInfo");

        assertThat(signedBill).isEqualTo("{\"billNumber\":\"88888\",\"amount\":\"0.00\","
                + "\"customerName\":\"Sé \\\"Budi\\\" \\\\ A/B\"}");
        assertThat(StubBillWidget.rawValues(body).get("billInfo")).isEqualTo(signedBill);
    }

    @Test
    void absentBillMembersAreLeftOutAndTheAmountIsAPlainTwoDecimalString() {
        BillInfo bill = new BillInfo("88888", null, null, null, null, null);
        BillWidgetSettings settings = settings(MerchantIdField.MERCHANT_ID, HexCase.LOWER).build();

        JsonNode json = GenerateWidgetRequest.of(request(List.of("080003"), bill, true, 60), settings)
                .toJson(MerchantIdField.MERCHANT_ID);

        assertThat(json.get("billInfo").toString()).isEqualTo("{\"billNumber\":\"88888\"}");
        assertThat(GenerateWidgetRequest.of(caseA(), settings).toJson(MerchantIdField.MERCHANT_ID).has("billInfo"))
                .isFalse();
    }

    @Test
    void theWireRequestAndItsSignedBodyNeverShowCustomerDataOrTheSignature() {
        GenerateWidgetRequest wire = GenerateWidgetRequest.of(caseB(), settings(MerchantIdField.MERCHANT_ID,
                HexCase.LOWER).build());
        GenerateWidgetRequest.Signed signed = signed(caseB(), MerchantIdField.MERCHANT_ID, HexCase.LOWER);

        assertThat(wire.toString() + signed).doesNotContain("Budi").doesNotContain("081234567890")
                .doesNotContain("example.com").doesNotContain(signed.signature()).doesNotContain(KEY);
    }
}
