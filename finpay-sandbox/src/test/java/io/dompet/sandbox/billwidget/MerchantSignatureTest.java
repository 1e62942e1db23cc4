package io.dompet.sandbox.billwidget;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import io.dompet.sandbox.config.BillWidgetSignatureCase;
import io.dompet.sandbox.config.SandboxCredentials;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The merchantSignature against the openssl vectors of {@code src/test/resources/vectors.md}. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MerchantSignatureTest {

    private static final String WITH_BILL = "{\"backUrl\":\"https://merchant.example/back\",\"trxId\":\"12315139062851\","
            + "\"merchantId\":\"DOMPETSANDBOX\",\"uniqKey\":\"12457365867\",\"returnUrl\":\"https://merchant.example/return\","
            + "\"timestamp\":\"2024-05-30 00:21:12\",\"productCodes\":[\"080003\",\"070001\"],\"terminal\":\"48511\","
            + "\"terminalName\":\"Loket Bidakara\",\"billInfo\":{\"billNumber\":\"8888800393834857\",\"amount\":\"150000\","
            + "\"period\":\"01\",\"customerName\":\"customer name\",\"customerPhone\":\"1234567890\","
            + "\"customerEmail\":\"customer@gmail.com\"},\"isNotif\":true,\"timeout\":\"30\"}";
    private static final String WITH_BILL_SIGNATURE = "c92e701e43a3ba096e9953762468a6493eda735cdcadc248f7c6808053e4c342";

    private static final String USERNAME_SAMPLE = "{\"backUrl\":\"https://testing.com/back\",\"trxId\":\"12315139062851\","
            + "\"username\":\"DOMPETSANDBOX\",\"uniqKey\":\"12457365867\",\"returnUrl\":\"https://testing.com/return\","
            + "\"timestamp\":\"2024-07-19 14:15:20\",\"productCodes\":[\"080003\"],\"terminal\":\"Term0001\","
            + "\"terminalName\":\"Terminal Testing\",\"isNotif\":true,\"timeout\":\"1800\"}";
    private static final String USERNAME_SIGNATURE = "a5646d2c7cf9940a2edff999c3679764901f4ae4aef27709f70d447e23470433";

    private final MerchantSignature lower =
            new MerchantSignature(SandboxCredentials.BILL_MERCHANT_KEY, BillWidgetSignatureCase.LOWER);
    private final MerchantSignature upper =
            new MerchantSignature(SandboxCredentials.BILL_MERCHANT_KEY, BillWidgetSignatureCase.UPPER);

    @Test
    void aRequestWithABillIsSignedAsOpensslComputedIt() {
        assertThat(lower.of(fields(WITH_BILL))).isEqualTo(WITH_BILL_SIGNATURE);
    }

    @Test
    void finpaysUsernameSampleIsSignedAsOpensslComputedIt() {
        assertThat(lower.of(fields(USERNAME_SAMPLE))).isEqualTo(USERNAME_SIGNATURE);
    }

    @Test
    void theUpperCaseSettingWritesTheSameDigestInUpperCase() {
        assertThat(upper.of(fields(WITH_BILL)))
                .isEqualTo("C92E701E43A3BA096E9953762468A6493EDA735CDCADC248F7C6808053E4C342");
    }

    @Test
    void onlyTheConfiguredCaseVerifies() {
        assertThat(lower.verifies(fields(WITH_BILL), WITH_BILL_SIGNATURE)).isTrue();
        assertThat(lower.verifies(fields(WITH_BILL), WITH_BILL_SIGNATURE.toUpperCase())).isFalse();
        assertThat(upper.verifies(fields(WITH_BILL), WITH_BILL_SIGNATURE)).isFalse();
    }

    @Test
    void theMerchantSignatureFieldItselfIsNotSigned() {
        String signed = WITH_BILL.substring(0, WITH_BILL.length() - 1)
                + ",\"merchantSignature\":\"" + WITH_BILL_SIGNATURE + "\"}";

        assertThat(lower.verifies(fields(signed), WITH_BILL_SIGNATURE)).isTrue();
    }

    @Test
    void aPrettyPrintedBodyIsSignedOverItsMinifiedForm() {
        String pretty = WITH_BILL.replace(",\"", ",\n    \"").replace("{", "{\n    ").replace("\":", "\": ")
                .replace("}", "\n}");

        assertThat(pretty).contains("\n").contains("\"timestamp\": \"2024-05-30 00:21:12\"");
        assertThat(lower.of(fields(pretty))).isEqualTo(WITH_BILL_SIGNATURE);
    }

    @Test
    void billInfoKeysInAnotherOrderChangeTheSignatureBecauseTheRawTextIsSigned() {
        String reordered = WITH_BILL.replace("{\"billNumber\":\"8888800393834857\",\"amount\":\"150000\",",
                "{\"amount\":\"150000\",\"billNumber\":\"8888800393834857\",");

        assertThat(reordered).isNotEqualTo(WITH_BILL);
        assertThat(lower.of(fields(reordered))).isNotEqualTo(WITH_BILL_SIGNATURE);
    }

    @Test
    void theStringToSignUpperCasesEachValueAndEndsWithTheKeyAsItIs() {
        String text = MerchantSignature.stringToSign(fields(USERNAME_SAMPLE).values(), "Key-k");

        assertThat(text).isEqualTo("HTTPS://TESTING.COM/BACK%TRUE%[\"080003\"]%HTTPS://TESTING.COM/RETURN%TERM0001%"
                + "TERMINAL TESTING%1800%2024-07-19 14:15:20%12315139062851%12457365867%DOMPETSANDBOX%Key-k");
    }

    @Test
    void aStringValueIsSignedAsItDecodesNotAsItsEscapedText() {
        SignedFields escaped = fields("{\"a\":\"x\\u0041\\\"y\"}");

        assertThat(escaped.values()).containsEntry("a", "xA\"y");
    }

    @Test
    void aBodyWithAFieldTwiceOrNotAnObjectHasNoSignedFields() {
        assertThat(SignedFields.read(bytes("{\"a\":\"1\",\"a\":\"2\"}"))).isEmpty();
        assertThat(SignedFields.read(bytes("[\"a\"]"))).isEmpty();
        assertThat(SignedFields.read(bytes("{\"a\":\"1\"} x"))).isEmpty();
    }

    private static SignedFields fields(String body) {
        return SignedFields.read(bytes(body)).orElseThrow();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
