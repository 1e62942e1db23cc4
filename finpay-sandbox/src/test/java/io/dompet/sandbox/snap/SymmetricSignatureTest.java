package io.dompet.sandbox.snap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import io.dompet.sandbox.config.SandboxCredentials;
import io.dompet.sandbox.config.SignatureEncoding;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Known answers computed with {@code openssl}; the exact commands are in {@code src/test/resources/vectors.md}. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SymmetricSignatureTest {

    private static final String BODY = "{\"partnerReferenceNo\":\"2024041700001\",\"customerNumber\":\"081977817902\","
            + "\"amount\":{\"value\":\"10000.00\",\"currency\":\"IDR\"},\"transactionDate\":\"2024-04-17T12:03:38+07:00\"}";
    private static final String PRETTY_BODY = """
            {
              "partnerReferenceNo" : "2024041700001",
              "customerNumber" : "081977817902",
              "amount" : {
                "value" : "10000.00",
                "currency" : "IDR"
              },
              "transactionDate" : "2024-04-17T12:03:38+07:00"
            }
            """;
    private static final String TOKEN = "known-answer-test-token-0123456789abcdef";
    private static final String TIMESTAMP = "2024-04-17T12:03:38+07:00";
    private static final String PATH = "/v1.0/emoney/account-inquiry";
    private static final String OPENSSL_DIGEST = "bfa70cd46774a2c053227eead01f8b575a32f926e1952192402ae971caaecb41";
    private static final String OPENSSL_BASE64 =
            "T7ZvtwnPhd7fQOhiuygwhZIRJVNpabtBGhMaGM0nB0yteLhCbAp4Oje/APKnHhvaGJVX7BBoX9MQ9zv0t7CsBQ==";
    private static final String OPENSSL_HEX = "4fb66fb709cf85dedf40e862bb283085921125536969bb411a131a18cd27074c"
            + "ad78b8426c0a783a37bf00f2a71e1bda189557ec10685fd310f73bf4b7b0ac05";
    private static final String SECRET = SandboxCredentials.CLIENT_SECRET;

    @Test
    void theBodyDigestIsTheLowercaseHexSha256OpensslComputes() {
        assertThat(SymmetricSignature.bodyDigest(utf8(BODY))).isEqualTo(OPENSSL_DIGEST);
    }

    @Test
    void aPrettyPrintedBodyIsMinifiedToTheSameDigest() {
        assertThat(SymmetricSignature.bodyDigest(utf8(PRETTY_BODY))).isEqualTo(OPENSSL_DIGEST);
    }

    @Test
    void theOpensslBase64SignatureVerifies() {
        assertThat(SymmetricSignature.matches(SECRET, stringToSign(BODY), SignatureEncoding.BASE64, OPENSSL_BASE64))
                .isTrue();
    }

    @Test
    void theOpensslSignatureVerifiesOverThePrettyPrintedBodyToo() {
        assertThat(SymmetricSignature.matches(SECRET, stringToSign(PRETTY_BODY), SignatureEncoding.BASE64,
                OPENSSL_BASE64)).isTrue();
    }

    @Test
    void theOpensslHexSignatureVerifiesWhenHexIsConfigured() {
        assertThat(SymmetricSignature.matches(SECRET, stringToSign(BODY), SignatureEncoding.HEX, OPENSSL_HEX)).isTrue();
    }

    @Test
    void upperCaseHexIsNotAccepted() {
        assertThat(SymmetricSignature.matches(SECRET, stringToSign(BODY), SignatureEncoding.HEX,
                OPENSSL_HEX.toUpperCase())).isFalse();
    }

    @Test
    void aBase64SignatureIsNotAcceptedWhenHexIsConfigured() {
        assertThat(SymmetricSignature.matches(SECRET, stringToSign(BODY), SignatureEncoding.HEX, OPENSSL_BASE64))
                .isFalse();
    }

    @Test
    void oneChangedBodyByteNoLongerVerifies() {
        String changed = BODY.replace("10000.00", "10001.00");

        assertThat(SymmetricSignature.matches(SECRET, stringToSign(changed), SignatureEncoding.BASE64, OPENSSL_BASE64))
                .isFalse();
    }

    @Test
    void anotherSecretNoLongerVerifies() {
        assertThat(SymmetricSignature.matches(SECRET + "x", stringToSign(BODY), SignatureEncoding.BASE64,
                OPENSSL_BASE64)).isFalse();
    }

    private static String stringToSign(String body) {
        String stringToSign = SymmetricSignature.stringToSign("POST", PATH, TOKEN, utf8(body), TIMESTAMP);
        assertThat(stringToSign).startsWith("POST:" + PATH + ":" + TOKEN + ":").endsWith(":" + TIMESTAMP);
        return stringToSign;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
