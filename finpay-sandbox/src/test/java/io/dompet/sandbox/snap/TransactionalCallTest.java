package io.dompet.sandbox.snap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZonedDateTime;

import io.dompet.sandbox.FinpaySandbox;
import io.dompet.sandbox.config.SandboxSettings;
import io.dompet.sandbox.config.SignatureEncoding;
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
    void a_correctly_signed_inquiry_succeeds() {
        assertThat(inquiry().send().code()).isEqualTo("2003700");
    }

    @Test
    void without_an_authorization_header_the_token_is_not_found() {
        Answer answer = inquiry().without("Authorization").send();

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo("4013703");
        assertThat(answer.message()).isEqualTo("Token Not Found (B2B)");
    }

    @Test
    void an_unknown_token_is_invalid() {
        Call call = inquiry();
        call.token = "not-a-token-the-sandbox-issued-0123456789";
        call.header("Authorization", "Bearer " + call.token);

        Answer answer = call.send();

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo("4013701");
        assertThat(answer.message()).isEqualTo("Invalid Token (B2B)");
    }

    @Test
    void an_authorization_that_is_not_a_bearer_token_is_invalid() {
        assertThat(inquiry().header("Authorization", "Basic dXNlcjpwYXNz").send().code()).isEqualTo("4013701");
    }

    @Test
    void a_revoked_token_is_invalid_and_a_fresh_one_works_again() {
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
    void an_expired_token_is_invalid() throws InterruptedException {
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
    void a_missing_header_is_an_invalid_mandatory_field_naming_it(String header) {
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
    void a_malformed_header_is_an_invalid_field_format_naming_it(String header, String value) {
        Answer answer = inquiry().header(header, value).send();

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("4003701");
        assertThat(answer.message()).isEqualTo("Invalid Field Format {" + header + "}");
    }

    @ParameterizedTest
    @CsvSource({"X-PARTNER-ID, another-client, Unknown client", "CHANNEL-ID, 95222, Unknown channel"})
    void another_partner_or_channel_is_unauthorized(String header, String value, String reason) {
        Answer answer = inquiry().header(header, value).send();

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo("4013700");
        assertThat(answer.message()).isEqualTo("Unauthorized. [" + reason + "]");
    }

    @Test
    void one_changed_body_byte_breaks_the_signature() {
        String body = SnapTestClient.inquiryBody(SnapTestClient.newReference(), "081977817902", "50000.00");
        Call call = client.call(SnapTestClient.INQUIRY_PATH, body).sendingBody(body.replace("50000.00", "50001.00"));

        Answer answer = call.send();

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo("4013700");
        assertThat(answer.message()).isEqualTo("Unauthorized. [Signature]");
    }

    @Test
    void a_signature_for_another_path_is_refused() {
        Call call = inquiry();
        String stringToSign = "POST:" + SnapTestClient.TOP_UP_PATH + ":" + call.token + ":"
                + SnapTestClient.sha256Hex(call.body) + ":" + call.headers.get("X-TIMESTAMP");
        call.header("X-SIGNATURE", client.hmac(stringToSign));

        assertThat(call.send().code()).isEqualTo("4013700");
    }

    @Test
    void a_pretty_printed_body_is_verified_over_its_minified_form() {
        String compact = SnapTestClient.inquiryBody(SnapTestClient.newReference(), "081977817902", "50000.00");
        String pretty = compact.replace("{", "{\n  ").replace(",", ",\n  ").replace("\":", "\" : ").replace("}", "\n}");

        Answer answer = client.call(SnapTestClient.INQUIRY_PATH, compact).sendingBody(pretty).send();

        assertThat(answer.code()).isEqualTo("2003700");
    }

    @Test
    void a_hex_signature_is_refused_by_a_base64_sandbox_and_accepted_by_a_hex_one() {
        Call call = inquiry();
        String stringToSign = "POST:" + SnapTestClient.INQUIRY_PATH + ":" + call.token + ":"
                + SnapTestClient.sha256Hex(call.body) + ":" + call.headers.get("X-TIMESTAMP");
        String base64 = client.hmac(stringToSign);
        call.header("X-SIGNATURE", java.util.HexFormat.of().formatHex(java.util.Base64.getDecoder().decode(base64)));
        assertThat(call.send().code()).isEqualTo("4013700");

        try (FinpaySandbox hex = FinpaySandbox.start(SandboxSettings.defaults()
                .withSignatureEncoding(SignatureEncoding.HEX))) {
            Answer answer = new SnapTestClient(hex).inquiry(SnapTestClient.newReference(), "081977817902", "50000.00");
            assertThat(answer.code()).isEqualTo("2003700");
        }
    }

    @Test
    void a_timestamp_ten_minutes_ahead_is_unauthorized_even_when_correctly_signed() {
        Answer answer = inquiry().header("X-TIMESTAMP",
                SnapTestClient.timestamp(ZonedDateTime.now().plusMinutes(10))).send();

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo("4013700");
        assertThat(answer.message()).isEqualTo("Unauthorized. [Timestamp]");
    }

    @Test
    void a_timestamp_in_another_offset_within_five_minutes_is_accepted() {
        String jayapura = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")
                .format(ZonedDateTime.now(java.time.ZoneOffset.ofHours(9)).minusMinutes(4));

        Answer answer = inquiry().header("X-TIMESTAMP", jayapura).send();

        assertThat(answer.code()).isEqualTo("2003700");
    }

    @Test
    void a_reused_external_id_is_a_conflict_on_any_endpoint() {
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
    void a_request_refused_for_its_signature_does_not_use_up_its_external_id() {
        Call refused = inquiry().header("X-SIGNATURE", "AAAA");
        String externalId = refused.headers.get("X-EXTERNAL-ID");
        assertThat(refused.send().code()).isEqualTo("4013700");

        assertThat(inquiry().header("X-EXTERNAL-ID", externalId).send().code()).isEqualTo("2003700");
    }

    @Test
    void a_body_that_is_not_json_is_a_bad_request() {
        Answer answer = client.call(SnapTestClient.INQUIRY_PATH, "partnerReferenceNo=1").send();

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("4003700");
    }
}
