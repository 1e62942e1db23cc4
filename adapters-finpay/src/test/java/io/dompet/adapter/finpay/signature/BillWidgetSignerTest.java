package io.dompet.adapter.finpay.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The string-building rules of §4.1; the openssl known answers are in {@code MerchantSignatureKnownAnswerTest}. */
class BillWidgetSignerTest {

    @Test
    void valuesAreUpperCasedAndEachFollowedByAPercentSignInByteOrderOfTheNames() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("b", "two");
        fields.put("a", "one");
        fields.put("B", "three");
        fields.put("merchantSignature", "ignored");

        assertThat(BillWidgetSigner.valuesToSign(fields, UpperCasing.ASCII)).isEqualTo("THREE%ONE%TWO%");
    }

    @Test
    void theMerchantKeyIsAppendedAsItIsAndTheDigestIsSha256Hex() {
        // printf '%s' 'ONE%key-Abc' | openssl dgst -sha256
        String expected = "84b82273f198e3950ac68d61aebab516183157f179d7c644a4cce3e647ede730";

        assertThat(new BillWidgetSigner("key-Abc", HexCase.LOWER, UpperCasing.ASCII).sign(Map.of("a", "one"))).isEqualTo(expected);
        assertThat(new BillWidgetSigner("key-Abc", HexCase.UPPER, UpperCasing.ASCII).sign(Map.of("a", "one")))
                .isEqualTo(expected.toUpperCase(java.util.Locale.ROOT));
        assertThat(new BillWidgetSigner("KEY-ABC", HexCase.LOWER, UpperCasing.ASCII).sign(Map.of("a", "one"))).isNotEqualTo(expected);
    }

    @Test
    void aMissingValueOrABlankKeyIsRefusedWithoutRepeatingTheKey() {
        Map<String, String> fields = new HashMap<>();
        fields.put("trxId", null);

        assertThatThrownBy(() -> new BillWidgetSigner("key", HexCase.LOWER, UpperCasing.ASCII).sign(fields))
                .hasMessageContaining("trxId");
        assertThatThrownBy(() -> new BillWidgetSigner(" ", HexCase.LOWER, UpperCasing.ASCII))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new BillWidgetSigner("Sup3r-Secret", HexCase.UPPER, UpperCasing.ASCII).toString()).doesNotContain("Sup3r-Secret");
    }

    @Test
    void asciiUpperCasingChangesOnlyAToZWhereUnicodeUpperCasingChangesEveryLetter() {
        assertThat(UpperCasing.ASCII.apply("café straße ǆ Budi")).isEqualTo("CAFé STRAßE ǆ BUDI");
        assertThat(UpperCasing.UNICODE.apply("café straße ǆ Budi")).isEqualTo("CAFÉ STRASSE Ǆ BUDI");
        assertThat(UpperCasing.ASCII.apply("{\"a\":\"x/y\"}")).isEqualTo(UpperCasing.UNICODE.apply("{\"a\":\"x/y\"}"));
    }
}
