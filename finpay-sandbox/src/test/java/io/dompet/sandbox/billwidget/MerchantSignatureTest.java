package io.dompet.sandbox.billwidget;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.dompet.sandbox.config.BillWidgetSignatureCase;
import io.dompet.sandbox.config.BillWidgetVariant;
import io.dompet.sandbox.config.BillWidgetVariant.UpperCase;
import io.dompet.sandbox.config.BillWidgetVariant.ValueStyle;
import io.dompet.sandbox.config.SandboxCredentials;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /** Non-ASCII, a slash and a false boolean: the body the value-style and upper-case vectors sign (vectors.md). */
    private static final String VARIANTS = "{\"backUrl\":\"https://merchant.example/back\",\"trxId\":\"12315139062851\","
            + "\"merchantId\":\"DOMPETSANDBOX\",\"uniqKey\":\"12457365867\",\"returnUrl\":\"https://merchant.example/return\","
            + "\"timestamp\":\"2024-05-30 00:21:12\",\"productCodes\":[\"080003\",\"070001\"],\"terminal\":\"48511\","
            + "\"terminalName\":\"Loket Bidakara\",\"billInfo\":{\"billNumber\":\"8888800393834857\",\"amount\":\"150000.00\","
            + "\"period\":\"01\",\"customerName\":\"José/Ñandú\",\"customerPhone\":\"1234567890\","
            + "\"customerEmail\":\"customer@gmail.com\"},\"isNotif\":false,\"timeout\":\"30\"}";

    private final MerchantSignature lower = new MerchantSignature(SandboxCredentials.BILL_MERCHANT_KEY,
            BillWidgetVariant.defaults().withSignatureCase(BillWidgetSignatureCase.LOWER));
    private final MerchantSignature upper = new MerchantSignature(SandboxCredentials.BILL_MERCHANT_KEY,
            BillWidgetVariant.defaults().withSignatureCase(BillWidgetSignatureCase.UPPER));

    /** Each value style and upper-casing signs {@link #VARIANTS} as {@code php} (and Python's upper()) computed it. */
    @ParameterizedTest
    @CsvSource({
            "JSON, ASCII, fbe878a44b00d37ecff04df9e36098c290948ca359a2beb500bb4c81ec106c70",
            "JSON, UNICODE, aeb4fabe0450397f2c1b179651f791c5e9c72510c33c1a89dd377ef813287c21",
            "PHP, ASCII, 964d7eeec1dbfe506abb5e7857ad51ee06259abd4a9de16f19acc3f920e86b32",
            "PHP, UNICODE, 964d7eeec1dbfe506abb5e7857ad51ee06259abd4a9de16f19acc3f920e86b32",
            "JOINED, ASCII, cb48034fe071cd36d1984ca13598523ae8011d5825f641f6d05859316bd8ffc3",
            "JOINED, UNICODE, dab7c79adbbafef09332ff234fcc7a6adc3116168dbad746d935ee0106dcac18",
    })
    void eachValueStyleAndUpperCasingSignsAsPhpComputedIt(ValueStyle style, UpperCase upperCase, String expected) {
        MerchantSignature variant = new MerchantSignature(SandboxCredentials.BILL_MERCHANT_KEY,
                BillWidgetVariant.defaults().withValueStyle(style).withUpperCase(upperCase));

        assertThat(variant.of(fields(VARIANTS))).isEqualTo(expected);
        assertThat(variant.verifies(fields(VARIANTS), expected)).isTrue();
    }

    @Test
    void eachValueStyleRefusesTheSignatureOfTheOthers() {
        MerchantSignature json = new MerchantSignature(SandboxCredentials.BILL_MERCHANT_KEY, BillWidgetVariant.defaults());
        MerchantSignature php = new MerchantSignature(SandboxCredentials.BILL_MERCHANT_KEY,
                BillWidgetVariant.defaults().withValueStyle(ValueStyle.PHP));
        MerchantSignature unicode = new MerchantSignature(SandboxCredentials.BILL_MERCHANT_KEY,
                BillWidgetVariant.defaults().withUpperCase(UpperCase.UNICODE));

        assertThat(json.verifies(fields(VARIANTS), "964d7eeec1dbfe506abb5e7857ad51ee06259abd4a9de16f19acc3f920e86b32")).isFalse();
        assertThat(php.verifies(fields(VARIANTS), "fbe878a44b00d37ecff04df9e36098c290948ca359a2beb500bb4c81ec106c70")).isFalse();
        assertThat(json.verifies(fields(VARIANTS), "aeb4fabe0450397f2c1b179651f791c5e9c72510c33c1a89dd377ef813287c21")).isFalse();
        assertThat(unicode.verifies(fields(VARIANTS), "fbe878a44b00d37ecff04df9e36098c290948ca359a2beb500bb4c81ec106c70")).isFalse();
    }

    @Test
    void thePhpAndJoinedStylesWriteArraysObjectsAndBooleansAsTheirNamesSay() {
        Map<String, String> php = MerchantSignature.stringified(fields(VARIANTS), ValueStyle.PHP);
        Map<String, String> joined = MerchantSignature.stringified(fields(VARIANTS), ValueStyle.JOINED);

        assertThat(php).containsEntry("isNotif", "").containsEntry("productCodes", "[\"080003\",\"070001\"]");
        assertThat(php.get("billInfo")).contains("\"customerName\":\"Jos\\u00e9\\/\\u00d1and\\u00fa\"");
        assertThat(joined).containsEntry("isNotif", "false").containsEntry("productCodes", "080003,070001");
        assertThat(joined.get("billInfo")).contains("\"customerName\":\"José/Ñandú\"");
    }

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
        String text = MerchantSignature.stringToSign(fields(USERNAME_SAMPLE).values(), "Key-k",
                UpperCase.ASCII);

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
