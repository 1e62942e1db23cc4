package io.dompet.sandbox.snap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import io.dompet.sandbox.FinpaySandbox;
import io.dompet.sandbox.config.SandboxSettings;
import io.dompet.sandbox.snap.SnapTestClient.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AccessTokenTest {

    private FinpaySandbox sandbox;
    private SnapTestClient client;

    @BeforeEach
    void start() {
        sandbox = FinpaySandbox.start(SandboxSettings.defaults());
        client = new SnapTestClient(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void aCorrectlySignedRequestGetsABearerTokenValidFor900Seconds() {
        Answer answer = client.tokenCall().send();

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("application/json");
        assertThat(answer.code()).isEqualTo("2007300");
        assertThat(answer.message()).isEqualTo("Successful");
        assertThat(answer.text("accessToken")).hasSizeGreaterThanOrEqualTo(32);
        assertThat(answer.text("tokenType")).isEqualTo("Bearer");
        assertThat(answer.json().get("expiresIn").isString()).as("expiresIn is a string").isTrue();
        assertThat(answer.text("expiresIn")).isEqualTo("900");
    }

    @Test
    void everyTokenIsDifferent() {
        assertThat(client.tokenCall().send().text("accessToken"))
                .isNotEqualTo(client.tokenCall().send().text("accessToken"));
    }

    @Test
    void theExpiresInFollowsTheConfiguredLifetime() {
        try (FinpaySandbox shortLived = FinpaySandbox.start(SandboxSettings.defaults()
                .withTokenLifetime(java.time.Duration.ofSeconds(60)))) {
            assertThat(new SnapTestClient(shortLived).tokenCall().send().text("expiresIn")).isEqualTo("60");
        }
    }

    @Test
    void aSignatureOverAnotherTimestampIsUnauthorized() {
        SnapTestClient.Call call = client.tokenCall();
        call.header("X-SIGNATURE", client.tokenSignature(sandbox.settings().credentials().snap().clientId(),
                SnapTestClient.timestamp(ZonedDateTime.now().minusMinutes(1))));

        assertUnauthorized(call.send());
    }

    @Test
    void aSignatureThatIsNotBase64IsUnauthorized() {
        assertUnauthorized(client.tokenCall().header("X-SIGNATURE", "not*base64!").send());
    }

    @Test
    void aSignatureMadeWithAnotherPrivateKeyIsUnauthorized() throws Exception {
        java.security.Signature signer = java.security.Signature.getInstance("SHA256withRSA");
        signer.initSign(io.dompet.sandbox.config.SandboxKeys.bundled().finpayPrivateKey());
        SnapTestClient.Call call = client.tokenCall();
        signer.update((sandbox.settings().credentials().snap().clientId() + "|" + call.headers.get("X-TIMESTAMP"))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        call.header("X-SIGNATURE", java.util.Base64.getEncoder().encodeToString(signer.sign()));

        assertUnauthorized(call.send());
    }

    @Test
    void anotherClientKeyIsUnauthorizedEvenWhenItSignedItself() {
        SnapTestClient.Call call = client.tokenCall();
        call.header("X-CLIENT-KEY", "someone-else");
        call.header("X-SIGNATURE", client.tokenSignature("someone-else", call.headers.get("X-TIMESTAMP")));

        Answer answer = call.send();

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo("4017300");
    }

    @Test
    void aTimestampTenMinutesOldIsUnauthorizedEvenWhenCorrectlySigned() {
        String old = SnapTestClient.timestamp(ZonedDateTime.now().minusMinutes(10));
        SnapTestClient.Call call = client.tokenCall();
        call.header("X-TIMESTAMP", old);
        call.header("X-SIGNATURE", client.tokenSignature(sandbox.settings().credentials().snap().clientId(), old));

        Answer answer = call.send();

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo("4017300");
        assertThat(answer.message()).isEqualTo("Unauthorized. [Timestamp]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"X-TIMESTAMP", "X-CLIENT-KEY", "X-SIGNATURE"})
    void aMissingHeaderIsABadRequestNamingIt(String header) {
        Answer answer = client.tokenCall().without(header).send();

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("4007302");
        assertThat(answer.message()).isEqualTo("Invalid Mandatory Field {" + header + "}");
    }

    @Test
    void aTimestampWithoutAnOffsetIsAnInvalidFieldFormat() {
        Answer answer = client.tokenCall().header("X-TIMESTAMP", "2024-04-17T12:03:38").send();

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("4007301");
        assertThat(answer.message()).isEqualTo("Invalid Field Format {X-TIMESTAMP}");
    }

    @Test
    void aFreshCorrectlySignedTimestampInAnotherOffsetThanJakartasIsAnInvalidFieldFormat() {
        String jayapura = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")
                .format(ZonedDateTime.now(ZoneOffset.ofHours(9)));
        SnapTestClient.Call call = client.tokenCall();
        call.header("X-TIMESTAMP", jayapura);
        call.header("X-SIGNATURE", client.tokenSignature(sandbox.settings().credentials().snap().clientId(), jayapura));

        Answer answer = call.send();

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("4007301");
        assertThat(answer.message()).isEqualTo("Invalid Field Format {X-TIMESTAMP}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "application/jsonx"})
    void aTokenRequestWithoutAJsonContentTypeIsUnsupportedMediaType(String contentType) {
        Answer answer = client.tokenCall().header("Content-Type", contentType).send();

        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.code()).isEqualTo("4150000");
        assertThat(answer.message()).isEqualTo("Unsupported Media Type");
        assertThat(answer.text("accessToken")).isNull();
    }

    @Test
    void aJsonContentTypeWithACharsetIsAccepted() {
        Answer answer = client.tokenCall().header("Content-Type", "application/json; charset=UTF-8").send();

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.code()).isEqualTo("2007300");
    }

    @Test
    void anotherGrantTypeIsAnInvalidFieldFormat() {
        SnapTestClient.Call call = client.tokenCall();
        call.body = "{\"grantType\":\"password\"}";

        Answer answer = call.send();

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("4007301");
        assertThat(answer.message()).isEqualTo("Invalid Field Format {grantType}");
    }

    @Test
    void aMissingGrantTypeIsAnInvalidMandatoryField() {
        SnapTestClient.Call call = client.tokenCall();
        call.body = "{}";

        Answer answer = call.send();

        assertThat(answer.code()).isEqualTo("4007302");
        assertThat(answer.message()).isEqualTo("Invalid Mandatory Field {grantType}");
    }

    @Test
    void aSandboxConfiguredWithAnotherMerchantKeyRefusesTheBundledOne() {
        try (FinpaySandbox other = FinpaySandbox.start(SandboxSettings.defaults()
                .withMerchantPublicKeyPem(io.dompet.sandbox.config.SandboxKeys.bundled().finpayPublicKeyPem()))) {
            assertUnauthorized(new SnapTestClient(other).tokenCall().send());
        }
    }

    private static void assertUnauthorized(Answer answer) {
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo("4017300");
        assertThat(answer.message()).isEqualTo("Unauthorized. [Signature]");
        assertThat(answer.text("accessToken")).isNull();
    }
}
