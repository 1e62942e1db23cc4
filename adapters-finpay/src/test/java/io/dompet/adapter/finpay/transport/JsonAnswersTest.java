package io.dompet.adapter.finpay.transport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonAnswersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Invalid customerNumber 081977817902        | Invalid customerNumber 0819******02",
            "Invalid customerNumber 6281977817902       | Invalid customerNumber 0819******02",
            "phone=+6281977817902.                      | phone=0819******02.",
            "no account for 0812-3456-7890?             | no account for 0812******90?",
            "no account for 0812 3456 7890              | no account for 0812******90",
            "ref 2211150005490937 stays                 | ref 2211150005490937 stays",
            "ref 08123456789012345678 is no phone       | ref 08123456789012345678 is no phone",
            "toll-free 08001234567 is masked too        | toll-free (number) is masked too",
            "key s3cr3t leaked                          | key (redacted) leaked"})
    void descriptionsLoseSecretsAndFullPhoneNumbers(String description, String safe) {
        assertThat(JsonAnswers.safeDescription(description, "(none)", "s3cr3t")).isEqualTo(safe);
    }
}
