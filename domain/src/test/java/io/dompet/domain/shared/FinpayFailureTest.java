package io.dompet.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FinpayFailureTest {

    /** The values of FinpayFailure's public String constants: dompet's own codes. */
    private static List<String> dompetCodes() {
        return Arrays.stream(FinpayFailure.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .filter(field -> !field.getName().equals("DOMPET_PREFIX"))
                .map(FinpayFailureTest::value)
                .toList();
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyDompetCodeIsDefinedHereKeepsItsValueAndIsDompets() {
        List<String> codes = dompetCodes();

        assertThat(codes).as("stored in failure_code and shown by the API, so they never change")
                .containsExactlyInAnyOrder("DOMPET_AMOUNT_OUTSIDE_LIMITS", "DOMPET_INQUIRY_UNAVAILABLE",
                        "DOMPET_NEVER_PROCESSED", "DOMPET_TOKEN_UNAVAILABLE", "DOMPET_PHONE_TOO_LONG",
                        "DOMPET_INVALID_TRANS_NUMBER", "DOMPET_WIDGET_UNAVAILABLE", "DOMPET_INVALID_BILL_WIDGET_REQUEST",
                        "DOMPET_INVALID_BILL_WIDGET_TOKEN", "DOMPET_BILL_WIDGET_UNAVAILABLE",
                        "DOMPET_NOT_FOUND_AT_REVIEW");
        assertThat(codes).allSatisfy(code -> {
            FinpayFailure failure = new FinpayFailure(code, "message");
            assertThat(failure.code()).isEqualTo(code);
            assertThat(failure.isDompets()).isTrue();
        });
    }

    @Test
    void finpaysResponseCodesAreNotDompets() {
        assertThat(new FinpayFailure("4033802", "Exceeds Transaction Amount Limit").isDompets()).isFalse();
    }

    @Test
    void failureTextsLoseControlCharactersAndAreCutToTheirColumns() {
        FinpayFailure failure = new FinpayFailure("40\u00003800", "bad\u0000\r\nthing" + "x".repeat(300));

        assertThat(failure.code()).isEqualTo("40 3800");
        assertThat(failure.message()).startsWith("bad thing").hasSize(FinpayFailure.MESSAGE_MAX_LENGTH)
                .doesNotContainPattern("\\p{Cntrl}");
        assertThat(new FinpayFailure("C".repeat(70), "m").code()).hasSize(FinpayFailure.CODE_MAX_LENGTH);
        assertThat(new FinpayFailure("C", "\uD83D\uDE00".repeat(200)).message()).hasSize(254);
        assertThatThrownBy(() -> new FinpayFailure("\u0000", "m")).isInstanceOf(InvalidFinpayFailureException.class);
    }
}
