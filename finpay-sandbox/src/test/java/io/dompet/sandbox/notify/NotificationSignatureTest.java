package io.dompet.sandbox.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import io.dompet.sandbox.config.SandboxKeys;
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

    @Test
    void theBodyDigestIsTheLowerCaseHexSha256OpensslGives() {
        assertThat(NotificationSignature.bodyDigest(utf8(BODY))).isEqualTo(DIGEST);
    }

    @Test
    void theSignatureEqualsWhatOpensslGivesForTheSamePathBodyAndTimestamp() {
        String stringToSign = NotificationSignature.stringToSign("/callbacks/finpay/top-up", DIGEST, TIMESTAMP);

        assertThat(stringToSign).isEqualTo("POST:/callbacks/finpay/top-up:" + DIGEST + ":" + TIMESTAMP);
        assertThat(NotificationSignature.sign(SandboxKeys.bundled().finpayPrivateKey(), stringToSign))
                .isEqualTo(OPENSSL_SIGNATURE);
    }

    @Test
    void aPrettyPrintedBodyHasTheDigestOfItsMinifiedForm() {
        String pretty = BODY.replace("{", "{\n  ").replace(",\"", ",\n  \"").replace("}", "\n}").replace("\":", "\" : ");

        assertThat(NotificationSignature.bodyDigest(utf8(pretty))).isEqualTo(DIGEST);
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
