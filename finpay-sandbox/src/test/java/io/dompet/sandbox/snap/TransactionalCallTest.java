package io.dompet.sandbox.snap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZonedDateTime;

import io.dompet.sandbox.FinpaySandbox;
import io.dompet.sandbox.config.SandboxSettings;
import io.dompet.sandbox.config.SignatureEncoding;
import io.dompet.sandbox.config.SnapVariant;
import io.dompet.sandbox.snap.SnapTestClient.Answer;
import io.dompet.sandbox.snap.SnapTestClient.Call;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The checks every transactional SNAP call passes: token, headers, signature, timestamp, external id. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TransactionalCallTest {

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

    private Call inquiry() {
        return client.call(SnapTestClient.INQUIRY_PATH,
                SnapTestClient.inquiryBody(SnapTestClient.newReference(), "081977817902", "50000.00"));
    }

    @Test
    void aCorrectlySignedInquirySucceeds() {
        assertThat(inquiry().send().code()).isEqualTo("2003700");
    }

    @Test
    void withoutAnAuthorizationHeaderTheTokenIsNotFound() {
        Answer answer = inquiry().without("Authorization").send();

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo("4013703");
        assertThat(answer.message()).isEqualTo("Token Not Found (B2B)");
    }

    @Test
    void anUnknownTokenIsInvalid() {
        Call call = inquiry();
        call.token = "not-a-token-the-sandbox-issued-0123456789";
        call.header("Authorization", "Bearer " + call.token);

        Answer answer = call.send();

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo("4013701");
        assertThat(answer.message()).isEqualTo("Invalid Token (B2B)");
    }

    @Test
    void anAuthorizationThatIsNotABearerTokenIsInvalid() {
        assertThat(inquiry().header("Authorization", "Basic dXNlcjpwYXNz").send().code()).isEqualTo("4013701");
    }

    @Test
    void aRevokedTokenIsInvalidAndAFreshOneWorksAgain() {
        client.fetchToken();
        sandbox.revokeAccessTokens();

        Answer revoked = inquiry().send();
        client.fetchToken();
        Answer again = inquiry().send();

        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.code()).isEqualTo("4013701");
        assertThat(again.code()).isEqualTo("2003700");
    }

    @Test
    void anExpiredTokenIsInvalid() throws InterruptedException {
        try (FinpaySandbox shortLived = FinpaySandbox.start(SandboxSettings.defaults()
                .withTokenLifetime(Duration.ofMillis(300)))) {
            SnapTestClient shortClient = new SnapTestClient(shortLived);
            shortClient.fetchToken();
            Thread.sleep(500);

            Answer answer = shortClient.inquiry(SnapTestClient.newReference(), "081977817902", "50000.00");

            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.code()).isEqualTo("4013701");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"X-TIMESTAMP", "X-SIGNATURE", "ORIGIN", "X-PARTNER-ID", "X-EXTERNAL-ID", "CHANNEL-ID"})
    void aMissingHeaderIsAnInvalidMandatoryFieldNamingIt(String header) {
        Answer answer = inquiry().without(header).send();

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("4003702");
        assertThat(answer.message()).isEqualTo("Invalid Mandatory Field {" + header + "}");
    }

    @ParameterizedTest
    @CsvSource({
            "X-TIMESTAMP, 2024-04-17 12:03:38",
            "X-TIMESTAMP, 2024-04-17T12:03:38.123+07:00",
            "X-PARTNER-ID, a-partner-id-that-is-longer-than-thirty-six-characters",
            "X-EXTERNAL-ID, 12ab34",
            "X-EXTERNAL-ID, 123456789012345678901234567890123",
            "CHANNEL-ID, 952210",
    })
    void aMalformedHeaderIsAnInvalidFieldFormatNamingIt(String header, String value) {
        Answer answer = inquiry().header(header, value).send();

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("4003701");
        assertThat(answer.message()).isEqualTo("Invalid Field Format {" + header + "}");
    }

    @ParameterizedTest
    @CsvSource({"X-PARTNER-ID, another-client, Unknown client", "CHANNEL-ID, 95222, Unknown channel"})
    void anotherPartnerOrChannelIsUnauthorized(String header, String value, String reason) {
        Answer answer = inquiry().header(header, value).send();

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo("4013700");
        assertThat(answer.message()).isEqualTo("Unauthorized. [" + reason + "]");
    }

    @Test
    void oneChangedBodyByteBreaksTheSignature() {
        String body = SnapTestClient.inquiryBody(SnapTestClient.newReference(), "081977817902", "50000.00");
        Call call = client.call(SnapTestClient.INQUIRY_PATH, body).sendingBody(body.replace("50000.00", "50001.00"));

        Answer answer = call.send();

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo("4013700");
        assertThat(answer.message()).isEqualTo("Unauthorized. [Signature]");
    }

    @Test
    void aSignatureForAnotherPathIsRefused() {
        Call call = inquiry();
        String stringToSign = "POST:" + SnapTestClient.TOP_UP_PATH + ":" + call.token + ":"
                + SnapTestClient.sha256Hex(call.body) + ":" + call.headers.get("X-TIMESTAMP");
        call.header("X-SIGNATURE", client.hmac(stringToSign));

        assertThat(call.send().code()).isEqualTo("4013700");
    }

    @Test
    void aPrettyPrintedBodyIsVerifiedOverItsMinifiedForm() {
        String compact = SnapTestClient.inquiryBody(SnapTestClient.newReference(), "081977817902", "50000.00");
        String pretty = compact.replace("{", "{\n  ").replace(",", ",\n  ").replace("\":", "\" : ").replace("}", "\n}");

        Answer answer = client.call(SnapTestClient.INQUIRY_PATH, compact).sendingBody(pretty).send();

        assertThat(answer.code()).isEqualTo("2003700");
    }

    @Test
    void aHexSignatureIsRefusedByABase64SandboxAndAcceptedByAHexOne() {
        Call call = inquiry();
        String stringToSign = "POST:" + SnapTestClient.INQUIRY_PATH + ":" + call.token + ":"
                + SnapTestClient.sha256Hex(call.body) + ":" + call.headers.get("X-TIMESTAMP");
        String base64 = client.hmac(stringToSign);
        call.header("X-SIGNATURE", java.util.HexFormat.of().formatHex(java.util.Base64.getDecoder().decode(base64)));
        assertThat(call.send().code()).isEqualTo("4013700");

        try (FinpaySandbox hex = FinpaySandbox.start(SandboxSettings.defaults()
                .withSnapVariant(SnapVariant.defaults().withSignatureEncoding(SignatureEncoding.HEX)))) {
            Answer answer = new SnapTestClient(hex).inquiry(SnapTestClient.newReference(), "081977817902", "50000.00");
            assertThat(answer.code()).isEqualTo("2003700");
        }
    }

    @Test
    void aTimestampTenMinutesAheadIsUnauthorizedEvenWhenCorrectlySigned() {
        Answer answer = inquiry().header("X-TIMESTAMP",
                SnapTestClient.timestamp(ZonedDateTime.now().plusMinutes(10))).send();

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo("4013700");
        assertThat(answer.message()).isEqualTo("Unauthorized. [Timestamp]");
    }

    @Test
    void aFreshTimestampInAnotherOffsetThanJakartasIsAnInvalidFieldFormat() {
        String jayapura = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")
                .format(ZonedDateTime.now(java.time.ZoneOffset.ofHours(9)).minusMinutes(4));

        Answer answer = inquiry().header("X-TIMESTAMP", jayapura).send();

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("4003701");
        assertThat(answer.message()).isEqualTo("Invalid Field Format {X-TIMESTAMP}");
    }

    @Test
    void aFreshTimestampInJakartasOffsetIsAccepted() {
        String jakarta = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")
                .format(ZonedDateTime.now(java.time.ZoneOffset.ofHours(7)).minusMinutes(4));

        assertThat(inquiry().header("X-TIMESTAMP", jakarta).send().code()).isEqualTo("2003700");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1.0/emoney/account-inquiry", "/v1.0/emoney/topup", "/v1.0/emoney/topup-status"})
    void aTransactionalCallWithoutAJsonContentTypeIsUnsupportedMediaType(String path) {
        Answer answer = client.call(path, "{}").header("Content-Type", "text/plain").send();

        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.code()).isEqualTo("4150000");
        assertThat(answer.message()).isEqualTo("Unsupported Media Type");
    }

    @Test
    void aReusedExternalIdIsAConflictOnAnyEndpoint() {
        Call first = inquiry();
        String externalId = first.headers.get("X-EXTERNAL-ID");
        first.send();

        Answer sameEndpoint = inquiry().header("X-EXTERNAL-ID", externalId).send();
        Answer otherEndpoint = client.call(SnapTestClient.STATUS_PATH, SnapTestClient.statusBody("REF-X", ""))
                .header("X-EXTERNAL-ID", externalId).send();

        assertThat(sameEndpoint.status()).isEqualTo(409);
        assertThat(sameEndpoint.code()).isEqualTo("4093700");
        assertThat(sameEndpoint.message()).isEqualTo("Conflict");
        assertThat(otherEndpoint.code()).isEqualTo("4093900");
    }

    @Test
    void aRequestRefusedForItsSignatureDoesNotUseUpItsExternalId() {
        Call refused = inquiry().header("X-SIGNATURE", "AAAA");
        String externalId = refused.headers.get("X-EXTERNAL-ID");
        assertThat(refused.send().code()).isEqualTo("4013700");

        assertThat(inquiry().header("X-EXTERNAL-ID", externalId).send().code()).isEqualTo("2003700");
    }

    @Test
    void aBodyThatIsNotJsonIsABadRequest() {
        Answer answer = client.call(SnapTestClient.INQUIRY_PATH, "partnerReferenceNo=1").send();

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("4003700");
    }
}
