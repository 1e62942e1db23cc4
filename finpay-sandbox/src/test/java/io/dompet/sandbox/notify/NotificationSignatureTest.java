package io.dompet.sandbox.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import io.dompet.sandbox.config.NotifyVariant.StringToSign;
import io.dompet.sandbox.config.SandboxKeys;
import io.dompet.sandbox.config.SignatureEncoding;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Known answers produced by OpenSSL, see {@code src/test/resources/vectors.md}. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NotificationSignatureTest {

    private static final String BODY = "{\"referenceNo\":\"FPN2404171203381234560000001\",\"phoneNo\":\"6281977817902\","
            + "\"transactionDate\":\"2024-04-17T12:03:38+07:00\",\"merchantId\":\"DOMPET-SANDBOX\","
            + "\"amount\":{\"value\":\"50000.00\",\"currency\":\"IDR\"},\"transactionDesc\":\"Top up via alfamart\","
            + "\"channel\":\"alfamart\"}";
    private static final String DIGEST = "3fb94ef5e8e369138e1a134d288ef413701be09841140a3dee64c5161e003383";
    private static final String TIMESTAMP = "2024-04-17T12:03:38+07:00";
    private static final String OPENSSL_SIGNATURE = "ACPgZZYNL+cwSZojoRZ00YyhoKFG9dj8nXu29VIaCW4jfGUinvWSPNxhoPfXuDMq+wdeG"
            + "UB34BOuI7pFA3Dz0OwWy05muA54U59nZsNvd1XV+8+6u0xZ8cTj8R1s8jiPRYVbgi8F53SS8TtaS//zy3jsqNzscDaMsqGoMXCtdOzEqbk"
            + "q7B0q4Tzj1qBkRpvOsDQKnPZ26C7YINkKciCGZUlurKxneGZsTg3oJtLJMZRxTVoObqh1airoz8TJmD4I8LMzOGKNVVVj1PFu2zPUeMPYuu"
            + "wO1cZKgc1p7PtMWGujriiXSfRy2ZO42uX4yf0LWB8BWZDpCkqdpqIPgMIA1g==";
    private static final String OPENSSL_HEX_SIGNATURE = "0023e065960d2fe730499a23a11674d18ca1a0a146f5d8fc9d7bb6f5521a096e"
            + "237c65229ef5923cdc61a0f7d7b8332afb075e194077e013ae23ba450370f3d0ec16cb4e66b80e78539f6766c36f7755d5fbcfbabb"
            + "4c59f1c4e3f11d6cf2388f45855b822f05e77492f13b5a4bfff3cb78eca8dcec70368cb2a1a83170ad74ecc4a9b92aec1d2ae13ce3d6"
            + "a064469bceb0340a9cf676e82ed820d90a72208665496eacac6778666c4e0de826d2c93194714d5a0e6ea8756a2ae8cfc4c9983e08f0"
            + "b33338628d555563d4f16edb33d478c3d8baec0ed5c64a81cd69ecfb4c586ba3ae289749f472d993b8dae5f8c9fd0b581f015990e90a"
            + "4a9da6a20f80c200d6";
    private static final String RAW_BODY = "{\n  \"referenceNo\" : \"FPN2404171203381234560000001\",\n"
            + "  \"channel\" : \"alfamart\"\n}";
    private static final String RAW_DIGEST = "a38dc44206be6eefd3a257b0c58601b7c1db9850c43b7d4f424983d64a52166a";
    private static final String MINIFIED_RAW_DIGEST = "ae3b16cb66092646e47abe79875e1df5794b0127bcb17f796ccc7da3352c27ce";
    private static final String OPENSSL_RAW_BODY_SIGNATURE = "mwn7/03vi6rO+GWcCoy6flPyNM3OPwpjGABOPIaZRVSaGR4upOsYzHADdLy3"
            + "sYI6uOomJJ5qSmVPC4c7fa77Y2zEVaW+i5JaZKNBoxwCwicZeYqflTGW9oTCzlAAt5lVAnXm5NPaycZ0E2iDq/U36g8HtjhC4VZrXJKQCzwh"
            + "kZVt65NiXK3W4UuddakpwLNp4OlqNIz62h6sPhoTYrwkpjYEJZKKKzIhYqtPz8OJ4Tf1AqC03ulKfYJYdmdh/edEOrrJKG7/J8XtKYv/t0d3"
            + "NpbMgLzyebuxwqV6iAvjhhiTBUWUF5A0+yB+7jkjeizs8ip+jwRWORlEXDNnvD9sgw==";

    @Test
    void theBodyDigestIsTheLowerCaseHexSha256OpensslGives() {
        assertThat(NotificationSignature.bodyDigest(utf8(BODY), StringToSign.SNAP)).isEqualTo(DIGEST);
    }

    @Test
    void theSignatureEqualsWhatOpensslGivesForTheSamePathBodyAndTimestamp() {
        String stringToSign = NotificationSignature.stringToSign("/callbacks/finpay/top-up", DIGEST, TIMESTAMP);

        assertThat(stringToSign).isEqualTo("POST:/callbacks/finpay/top-up:" + DIGEST + ":" + TIMESTAMP);
        assertThat(NotificationSignature.sign(SandboxKeys.bundled().finpayPrivateKey(), stringToSign,
                SignatureEncoding.BASE64)).isEqualTo(OPENSSL_SIGNATURE);
    }

    @Test
    void theHexVariantIsTheLowerCaseHexOfTheSameSignatureOpensslGives() {
        String stringToSign = NotificationSignature.stringToSign("/callbacks/finpay/top-up", DIGEST, TIMESTAMP);

        assertThat(NotificationSignature.sign(SandboxKeys.bundled().finpayPrivateKey(), stringToSign,
                SignatureEncoding.HEX)).isEqualTo(OPENSSL_HEX_SIGNATURE);
    }

    @Test
    void theRawBodyVariantHashesThePrettyPrintedBytesAsSentAndSignsWhatOpensslGives() {
        assertThat(NotificationSignature.bodyDigest(utf8(RAW_BODY), StringToSign.SNAP_RAW_BODY)).isEqualTo(RAW_DIGEST);
        assertThat(NotificationSignature.bodyDigest(utf8(RAW_BODY), StringToSign.SNAP)).isEqualTo(MINIFIED_RAW_DIGEST);
        String stringToSign = NotificationSignature.stringToSign("/callbacks/finpay/top-up", RAW_DIGEST, TIMESTAMP);

        assertThat(NotificationSignature.sign(SandboxKeys.bundled().finpayPrivateKey(), stringToSign,
                SignatureEncoding.BASE64)).isEqualTo(OPENSSL_RAW_BODY_SIGNATURE);
    }

    @Test
    void aPrettyPrintedBodyHasTheDigestOfItsMinifiedForm() {
        String pretty = BODY.replace("{", "{\n  ").replace(",\"", ",\n  \"").replace("}", "\n}").replace("\":", "\" : ");

        assertThat(NotificationSignature.bodyDigest(utf8(pretty), StringToSign.SNAP)).isEqualTo(DIGEST);
    }

    @Test
    void theCallbackPathIsTheRawPathOfTheUrlWithoutItsQuery() {
        assertThat(NotificationSignature.callbackPath(URI.create("http://localhost:8080/callbacks/finpay/top-up?x=1")))
                .isEqualTo("/callbacks/finpay/top-up");
        assertThat(NotificationSignature.callbackPath(URI.create("http://localhost:8080"))).isEqualTo("/");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
