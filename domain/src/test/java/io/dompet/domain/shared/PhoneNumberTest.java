package io.dompet.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "081234567890",
            "0812-3456-7890",
            "0812 3456 7890",
            "0812 3456-7890",
            "6281234567890",
            "62 812 3456 7890",
            "+6281234567890",
            "+62 812 3456 7890",
            "+62-812-3456-7890",
            "  0812-3456-7890 ",
            "0 8 1 2 3 4 5 6 7 8 9 0",
    })
    void acceptsEveryDocumentedWayOfWritingTheSameMobileNumber(String text) {
        PhoneNumber number = PhoneNumber.parse(text);

        assertThat(number.international()).isEqualTo("6281234567890");
        assertThat(number).isEqualTo(new PhoneNumber("6281234567890"));
    }

    @Test
    void givesTheLocalTheInternationalAndTheMaskedForm() {
        PhoneNumber number = PhoneNumber.parse("+62 812 3456 7890");

        assertThat(number.local()).isEqualTo("081234567890");
        assertThat(number.international()).isEqualTo("6281234567890");
        assertThat(number.masked()).isEqualTo("0812******90");
    }

    @ParameterizedTest
    @CsvSource({
            "0812345678,    0812****78",
            "08123456789,   0812*****89",
            "081234567890,  0812******90",
            "0812345678901, 0812*******01",
    })
    void acceptsTenToThirteenLocalDigitsAndMasksAllButTheFirstFourAndLastTwo(String local, String masked) {
        PhoneNumber number = PhoneNumber.parse(local);

        assertThat(number.local()).isEqualTo(local);
        assertThat(number.masked()).isEqualTo(masked);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0811", "0813", "0819", "0821", "0838", "0851", "0859", "0877", "0881", "0895", "0899"})
    void acceptsEveryMobilePrefixFrom081To089(String prefix) {
        assertThat(PhoneNumber.parse(prefix + "12345678").local()).isEqualTo(prefix + "12345678");
    }

    @Test
    void printsOnlyTheMaskedFormSoThatNumbersDoNotLeakIntoLogs() {
        PhoneNumber number = PhoneNumber.parse("081234567890");

        assertThat(number.toString()).isEqualTo("0812******90")
                .doesNotContain("081234567890")
                .doesNotContain("6281234567890");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
            "021-5551234|must be a mobile number (08…), not a landline",
            "+62 21 555 1234|must be a mobile number (08…), not a landline",
            "6221 5551234|must be a mobile number (08…), not a landline",
            "0361-123456|must be a mobile number (08…), not a landline",
            "0800-1234-5678|080… numbers are toll-free or service numbers",
            "+62 800 1234 5678|080… numbers are toll-free or service numbers",
            "0809-1234-5678|080… numbers are toll-free or service numbers",
            "+62 0812 3456 7890|must not have a 0 after the country code",
            "620812-3456-7890|must not have a 0 after the country code",
            "0062 812 3456 7890|must start with 08, 628 or +628",
            "81234567890|must start with 08, 628 or +628",
            "1234567890|must start with 08, 628 or +628",
            "+1 415 555 2671|must be Indonesian (+62)",
            "+60 12 345 6789|must be Indonesian (+62)",
            "+65 8123 4567|must be Indonesian (+62)",
            "081234567|phone number is too short",
            "0812|phone number is too short",
            "08|phone number is too short",
            "+62|phone number is too short",
            "+628|phone number is too short",
            "08123456789012|phone number is too long",
            "+62 812 3456 7890 12|phone number is too long",
            "0812-3456-789O|may contain only digits, spaces, dashes and a leading +",
            "phone 081234567890|may contain only digits, spaces, dashes and a leading +",
            "(0812) 3456 7890|may contain only digits, spaces, dashes and a leading +",
            "0812.3456.7890|may contain only digits, spaces, dashes and a leading +",
            "0812/3456/7890|may contain only digits, spaces, dashes and a leading +",
            "0812\t3456\t7890|may contain only digits, spaces, dashes and a leading +",
            "0812\u00a03456\u00a07890|may contain only digits, spaces, dashes and a leading +",
            "++6281234567890|may contain only digits, spaces, dashes and a leading +",
            "62+81234567890|may contain only digits, spaces, dashes and a leading +",
            "０８１２３４５６７８９０|may contain only digits, spaces, dashes and a leading +",
            "٠٨١٢٣٤٥٦٧٨٩٠|may contain only digits, spaces, dashes and a leading +",
            "0812--3456-7890|misplaced separators",
            "0812 -3456 7890|misplaced separators",
            "-081234567890|misplaced separators",
            "081234567890-|misplaced separators",
            "+ 62 812 3456 7890|misplaced separators",
            "+-6281234567890|misplaced separators",
            "+|phone number is missing",
            "'   '|phone number is missing",
    })
    void refusesWhatIsNotAnIndonesianMobileNumberWithAMessageNamingTheProblem(String text, String problem) {
        InvalidPhoneNumberException refused =
                catchThrowableOfType(InvalidPhoneNumberException.class, () -> PhoneNumber.parse(text));

        assertThat(refused).as("refusal of the input").isNotNull();
        assertThat(refused.getMessage()).contains(problem);
        String digits = text.replaceAll("[^0-9]", "");
        if (digits.length() >= 4) {
            assertThat(refused.getMessage()).doesNotContain(digits).doesNotContain(digits.substring(digits.length() - 4));
        }
    }

    @Test
    void refusesAnEmptyStringAsMissing() {
        assertThat(catchThrowableOfType(InvalidPhoneNumberException.class, () -> PhoneNumber.parse("")))
                .hasMessage("phone number is missing");
    }

    @Test
    @SuppressWarnings("DataFlowIssue")
    void refusesNullAsMissing() {
        assertThat(catchThrowableOfType(InvalidPhoneNumberException.class, () -> PhoneNumber.parse(null)))
                .hasMessage("phone number is missing");
    }

    @Test
    void isADomainValidationExceptionSoThatAdaptersCanMapAllRefusalsAlike() {
        assertThat(catchThrowableOfType(RuntimeException.class, () -> PhoneNumber.parse("021-5551234")))
                .isInstanceOf(DomainValidationException.class)
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "081234567890", "+6281234567890", "62 812 3456 7890", "6280123456789", "6281234567",
            "628123456789012", "6221555123456", "", "62812345678x",
    })
    void constructorAcceptsOnlyTheCanonicalForm(String notCanonical) {
        InvalidPhoneNumberException refused =
                catchThrowableOfType(InvalidPhoneNumberException.class, () -> new PhoneNumber(notCanonical));

        assertThat(refused).isNotNull();
        assertThat(refused.getMessage()).contains("canonical form");
        if (!notCanonical.isEmpty()) {
            assertThat(refused.getMessage()).doesNotContain(notCanonical);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"62812345678", "628123456789", "6281234567890", "62812345678901", "6289912345678"})
    void constructorAcceptsCanonicalNumbersOfEveryValidLength(String canonical) {
        assertThat(new PhoneNumber(canonical).international()).isEqualTo(canonical);
    }

    @Test
    @SuppressWarnings("DataFlowIssue")
    void constructorRefusesNull() {
        assertThatNullPointerException().isThrownBy(() -> new PhoneNumber(null));
    }
}
