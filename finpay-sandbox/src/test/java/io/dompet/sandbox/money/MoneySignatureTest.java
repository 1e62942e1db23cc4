package io.dompet.sandbox.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import io.dompet.sandbox.config.MoneySignatureKeyCase;
import io.dompet.sandbox.config.SandboxCredentials;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Known answers computed with {@code openssl}; the exact commands are in {@code src/test/resources/vectors.md}. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MoneySignatureTest {

    private static final String SECRET = SandboxCredentials.MONEY_SECRET_KEY;
    private static final String OPENSSL_UPPER_KEY = "7B185B4B62BEF4A81C8AC30BEB86C3CE13F1366E759D8F75B3FF8D22D5D4A05F";
    private static final String OPENSSL_LOWER_KEY = "E37D458078414B54CCE43F1769F8AB436D968EE5EA47664869DCE4C3E0E9F22F";
    private static final String OPENSSL_GET_TOKEN = "0FBDC76B99EF87C4E43126679CE39CF9446246765C8ADE9695ED5571D08D3CE7";

    @Test
    void theKeyTextIsTheHexOfTheSecretInTheChosenCase() {
        assertThat(MoneySignatureKeyCase.UPPER.keyText(SECRET))
                .isEqualTo("73616E64626F782D6F6E6C792D6D6F6E65792D7365637265742D6B6579");
        assertThat(MoneySignatureKeyCase.LOWER.keyText(SECRET))
                .isEqualTo("73616e64626f782d6f6e6c792d6d6f6e65792d7365637265742d6b6579");
    }

    @Test
    void theValuesAreConcatenatedInFieldNameOrderWithoutTheSignature() {
        assertThat(MoneySignature.stringToSign(widgetFields())).isEqualTo("0811100869620240814165151widgetTopUp"
                + "20240814165151225DFBF01D5C3B572BE0A7BC90A0834EF4EBD5BA0EBFA74DFE99560A33BDAC08202408141651512476");
    }

    @Test
    void theSignatureWithTheUpperCaseKeyIsTheOneOpensslComputes() {
        assertThat(new MoneySignature(SECRET, MoneySignatureKeyCase.UPPER).sign(widgetFields()))
                .isEqualTo(OPENSSL_UPPER_KEY);
    }

    @Test
    void theSignatureWithTheLowerCaseKeyIsTheOneOpensslComputes() {
        assertThat(new MoneySignature(SECRET, MoneySignatureKeyCase.LOWER).sign(widgetFields()))
                .isEqualTo(OPENSSL_LOWER_KEY);
    }

    @Test
    void theGetTokenSignatureIsTheOneOpensslComputes() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("transNumber", "202408141651512475");
        fields.put("requestType", "getToken");
        fields.put("reqDtime", "20240814165151");
        assertThat(new MoneySignature(SECRET, MoneySignatureKeyCase.UPPER).sign(fields)).isEqualTo(OPENSSL_GET_TOKEN);
    }

    @Test
    void onlyTheExactUpperCaseSignatureMatches() {
        MoneySignature signature = new MoneySignature(SECRET, MoneySignatureKeyCase.UPPER);
        Map<String, String> fields = widgetFields();

        assertThat(signature.matches(fields, OPENSSL_UPPER_KEY)).isTrue();
        assertThat(signature.matches(fields, OPENSSL_UPPER_KEY.toLowerCase())).isFalse();
        assertThat(signature.matches(fields, OPENSSL_LOWER_KEY)).isFalse();
        fields.put("phoneNumber", "08111008697");
        assertThat(signature.matches(fields, OPENSSL_UPPER_KEY)).isFalse();
    }

    private static Map<String, String> widgetFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("requestType", "widgetTopUp");
        fields.put("reqDtime", "20240814165151");
        fields.put("tokenID", "20240814165151225DFBF01D5C3B572BE0A7BC90A0834EF4EBD5BA0EBFA74DFE99560A33BDAC08");
        fields.put("transNumber", "202408141651512476");
        fields.put("phoneNumber", "08111008696");
        fields.put("signature", "ignored");
        return fields;
    }
}
