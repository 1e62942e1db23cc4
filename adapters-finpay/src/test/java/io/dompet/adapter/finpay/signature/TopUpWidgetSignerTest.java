package io.dompet.adapter.finpay.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Known answers from {@code openssl dgst -sha256 -mac HMAC -macopt key:…}; the commands are in
 * {@code src/test/resources/vectors/money-signature.sh} and explained in {@code money-signature.md} beside it.
 */
class TopUpWidgetSignerTest {

    static final String SECRET = "dompet-Secret-Kéy_Zz~42";
    static final String REQ_DTIME = "20240814165151";
    static final String TRANS_NUMBER = "202408141651512476";
    static final String PHONE = "08111008696";
    static final String TOKEN_ID = "20240814165151225DFBF01D5C3B572BE0A7BC90A0834EF4EBD5BA0EBFA74DFE99560A33BDAC08";

    /** The Get Token body's fields, in the order the page lists them (not sorted). */
    static Map<String, String> getToken() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("transNumber", TRANS_NUMBER);
        fields.put("requestType", "getToken");
        fields.put("reqDtime", REQ_DTIME);
        return fields;
    }

    /** The Widget Top Up body's fields, in the order of Finpay's sample (not sorted), signature included. */
    static Map<String, String> widget() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("requestType", "widgetTopUp");
        fields.put("reqDtime", REQ_DTIME);
        fields.put("tokenID", TOKEN_ID);
        fields.put("transNumber", TRANS_NUMBER);
        fields.put("phoneNumber", PHONE);
        fields.put("signature", "E54F47EA5B16644B527AE9ACEFA04BA675A50F01D882D66CDD81A68F5C3AF4E5");
        return fields;
    }

    @Test
    void theKeyIsTheHexTextOfTheSecretsUtf8BytesInTheConfiguredCase() {
        assertThat(TopUpWidgetSigner.keyText(SECRET, HexCase.UPPER)).isEqualTo(Vectors.text("money-key-upper.txt"));
        assertThat(TopUpWidgetSigner.keyText(SECRET, HexCase.LOWER)).isEqualTo(Vectors.text("money-key-lower.txt"));
        assertThat(TopUpWidgetSigner.keyText("ab", HexCase.UPPER)).isEqualTo("6162");
        assertThat(TopUpWidgetSigner.keyText("ab", HexCase.LOWER)).isEqualTo("6162");
    }

    @Test
    void theStringToSignIsTheValuesSortedByFieldNameWithoutTheSignature() {
        assertThat(TopUpWidgetSigner.stringToSign(getToken())).isEqualTo(Vectors.text("money-get-token-string-to-sign.txt"));
        assertThat(TopUpWidgetSigner.stringToSign(widget())).isEqualTo(Vectors.text("money-widget-string-to-sign.txt"));
    }

    @Test
    void signsAGetTokenBodyExactlyAsOpensslDoesWithAnUpperCaseKey() {
        assertThat(new TopUpWidgetSigner(SECRET, HexCase.UPPER).sign(getToken()))
                .isEqualTo(Vectors.text("money-get-token-upper.sig"))
                .matches("[0-9A-F]{64}");
    }

    @Test
    void signsAGetTokenBodyExactlyAsOpensslDoesWithALowerCaseKey() {
        assertThat(new TopUpWidgetSigner(SECRET, HexCase.LOWER).sign(getToken()))
                .isEqualTo(Vectors.text("money-get-token-lower.sig"))
                .matches("[0-9A-F]{64}");
    }

    @Test
    void signsAWidgetBodyExactlyAsOpensslDoesWithAnUpperCaseKey() {
        assertThat(new TopUpWidgetSigner(SECRET, HexCase.UPPER).sign(widget()))
                .isEqualTo(Vectors.text("money-widget-upper.sig"));
    }

    @Test
    void signsAWidgetBodyExactlyAsOpensslDoesWithALowerCaseKey() {
        assertThat(new TopUpWidgetSigner(SECRET, HexCase.LOWER).sign(widget()))
                .isEqualTo(Vectors.text("money-widget-lower.sig"));
    }

    @Test
    void theOrderInWhichFieldsAreGivenDoesNotChangeTheSignature() {
        TopUpWidgetSigner signer = new TopUpWidgetSigner(SECRET, HexCase.UPPER);

        assertThat(signer.sign(new HashMap<>(widget()))).isEqualTo(Vectors.text("money-widget-upper.sig"));
    }

    @Test
    void fieldNamesAreSortedByBytesSoUpperCaseLettersComeBeforeLowerCaseOnes() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("b", "2");
        fields.put("a", "1");
        fields.put("B", "3");

        assertThat(TopUpWidgetSigner.stringToSign(fields)).isEqualTo("312");
    }

    @Test
    void everyValueAndTheSecretChangeTheSignature() {
        TopUpWidgetSigner signer = new TopUpWidgetSigner(SECRET, HexCase.UPPER);
        String expected = Vectors.text("money-widget-upper.sig");
        for (String name : widget().keySet()) {
            if (name.equals("signature")) {
                continue;
            }
            Map<String, String> changed = widget();
            changed.put(name, changed.get(name) + "0");
            assertThat(signer.sign(changed)).as(name).isNotEqualTo(expected);
        }
        assertThat(new TopUpWidgetSigner(SECRET + "x", HexCase.UPPER).sign(widget())).isNotEqualTo(expected);
    }

    @Test
    void aMissingValueOrABlankSecretIsRefusedWithoutRepeatingTheSecret() {
        Map<String, String> fields = new HashMap<>(getToken());
        fields.put("transNumber", null);

        assertThatThrownBy(() -> new TopUpWidgetSigner(SECRET, HexCase.UPPER).sign(fields))
                .hasMessageContaining("transNumber");
        assertThatThrownBy(() -> new TopUpWidgetSigner(" ", HexCase.UPPER)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new TopUpWidgetSigner(SECRET, HexCase.UPPER).toString())
                .doesNotContain(SECRET).doesNotContain(Vectors.text("money-key-upper.txt"));
    }
}
