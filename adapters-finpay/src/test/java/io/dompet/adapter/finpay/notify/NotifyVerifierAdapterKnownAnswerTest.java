package io.dompet.adapter.finpay.notify;

import static io.dompet.adapter.finpay.notify.NotifyFixtures.FINPAY_CERTIFICATE_KEY;
import static io.dompet.adapter.finpay.notify.NotifyFixtures.FINPAY_PRIVATE_KEY;
import static io.dompet.adapter.finpay.notify.NotifyFixtures.OTHER_PRIVATE_KEY;
import static io.dompet.adapter.finpay.notify.NotifyFixtures.OTHER_PUBLIC_KEY;
import static io.dompet.adapter.finpay.notify.NotifyFixtures.PATH;
import static io.dompet.adapter.finpay.notify.NotifyFixtures.TIMESTAMP;
import static io.dompet.adapter.finpay.notify.NotifyFixtures.request;
import static io.dompet.adapter.finpay.notify.NotifyFixtures.settings;
import static io.dompet.adapter.finpay.notify.NotifyFixtures.vector;
import static io.dompet.adapter.finpay.notify.NotifyFixtures.vectorText;
import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.adapter.finpay.signature.Sha256WithRsa;
import io.dompet.application.port.out.NotificationVerifierPort.NotificationVerification;
import io.dompet.application.port.out.NotificationVerifierPort.NotificationVerification.Unauthenticated;
import io.dompet.application.port.out.NotificationVerifierPort.NotificationVerification.Verified;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.RawNotification;
import io.dompet.domain.topup.TopUpChannel;
import io.dompet.domain.topup.TopUpNotification;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Against the known answers openssl made in {@code src/test/resources/notify} (see generate.sh there). */
class NotifyVerifierAdapterKnownAnswerTest {

    private static final byte[] PRETTY = vector("notify-body-pretty.json");
    private static final byte[] MINIFIED = vector("notify-body-minified.json");
    private static final String SIGNATURE = vectorText("notify-signature.b64").strip();
    private static final Unauthenticated DOES_NOT_VERIFY = new Unauthenticated("signature does not verify");

    private final NotifyVerifierAdapter verifier = new NotifyVerifierAdapter(settings());

    private static RawNotification sent(String path, byte[] body, String timestamp, String signature) {
        return request(path, body, "X-TIMESTAMP", timestamp, "X-SIGNATURE", signature,
                "X-PARTNER-ID", "FINPAY-PARTNER-ID", "Content-Type", "application/json");
    }

    private static RawNotification sent(byte[] body) {
        return sent(PATH, body, TIMESTAMP, SIGNATURE);
    }

    @Test
    void the_digest_and_string_to_sign_of_the_pretty_body_are_those_openssl_computed_from_the_hand_minified_one() {
        assertThat(NotifySignature.bodyDigest(PRETTY)).isEqualTo(vectorText("notify-body-sha256.txt"));
        assertThat(NotifySignature.stringToSign(PATH, PRETTY, TIMESTAMP)).isEqualTo(vectorText("notify-string-to-sign.txt"));
    }

    @Test
    void a_pretty_printed_body_signed_by_openssl_verifies_with_finpays_public_key() {
        NotificationVerification verification = verifier.verify(sent(PRETTY));

        assertThat(verification).isEqualTo(new Verified(new TopUpNotification("FPN-20240417-000123",
                PhoneNumber.parse("6281234567890"), OffsetDateTime.parse("2024-04-17T12:03:30+07:00"),
                "DOMPET-MERCHANT-01", Money.parse("150000.00"),
                "Top up  via  Alfamart \"Jl. Sudirman\"\t\\ café ", new TopUpChannel("alfamart"))));
    }

    @Test
    void a_pretty_printed_body_signed_by_openssl_verifies_with_finpays_certificate() {
        NotifyVerifierAdapter certificateVerifier = new NotifyVerifierAdapter(new NotifySettings(FINPAY_CERTIFICATE_KEY,
                null, NotifySettings.DEFAULT_MAX_AGE, NotifySettings.DEFAULT_MAX_CLOCK_SKEW, null, null,
                settings().clock()));

        assertThat(certificateVerifier.verify(sent(PRETTY))).isInstanceOf(Verified.class);
    }

    @Test
    void the_same_signature_covers_the_minified_body_and_any_other_whitespace_between_tokens() {
        String reindented = new String(PRETTY, StandardCharsets.UTF_8).replace("\n", "\r\n").replace("    ", "\t");

        assertThat(verifier.verify(sent(MINIFIED))).isInstanceOf(Verified.class);
        assertThat(verifier.verify(sent(reindented.getBytes(StandardCharsets.UTF_8)))).isInstanceOf(Verified.class);
    }

    @Test
    void a_utc_timestamp_with_milliseconds_is_signed_exactly_as_sent() {
        String signature = vectorText("notify-signature-utc-millis.b64").strip();

        assertThat(verifier.verify(sent(PATH, PRETTY, "2024-04-17T05:03:38.000Z", signature))).isInstanceOf(Verified.class);
        assertThat(verifier.verify(sent(PATH, PRETTY, "2024-04-17T05:03:38Z", signature))).isEqualTo(DOES_NOT_VERIFY);
    }

    @Test
    void any_changed_byte_of_the_body_makes_the_signature_fail() {
        for (int i = 0; i < PRETTY.length; i++) {
            byte[] changed = Arrays.copyOf(PRETTY, PRETTY.length);
            changed[i] ^= 1; // a space becomes '!', a line feed a vertical tab: never whitespace the minifier drops

            assertThat(verifier.verify(sent(changed))).as("byte %d changed", i).isEqualTo(DOES_NOT_VERIFY);
        }
    }

    @Test
    void a_body_with_a_byte_added_or_removed_inside_a_value_fails() {
        String text = new String(PRETTY, StandardCharsets.UTF_8);

        assertThat(verifier.verify(sent(text.replace("Top up  via", "Top up   via").getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(DOES_NOT_VERIFY);
        assertThat(verifier.verify(sent(text.replace("Top up  via", "Top up via").getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(DOES_NOT_VERIFY);
        assertThat(verifier.verify(sent(text.replace("150000.00", "1500000.00").getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(DOES_NOT_VERIFY);
    }

    @Test
    void a_signature_made_with_another_key_fails() {
        String byOther = vectorText("notify-signature-other-key.b64").strip();

        assertThat(Sha256WithRsa.signBase64(OTHER_PRIVATE_KEY,
                vectorText("notify-string-to-sign.txt").getBytes(StandardCharsets.UTF_8))).isEqualTo(byOther);
        assertThat(verifier.verify(sent(PATH, PRETTY, TIMESTAMP, byOther))).isEqualTo(DOES_NOT_VERIFY);
    }

    @Test
    void the_genuine_signature_fails_against_another_configured_key() {
        NotifyVerifierAdapter otherKey = new NotifyVerifierAdapter(new NotifySettings(OTHER_PUBLIC_KEY, null,
                NotifySettings.DEFAULT_MAX_AGE, NotifySettings.DEFAULT_MAX_CLOCK_SKEW, null, null, settings().clock()));

        assertThat(otherKey.verify(sent(PRETTY))).isEqualTo(DOES_NOT_VERIFY);
    }

    @Test
    void the_signature_fails_on_another_path() {
        assertThat(verifier.verify(sent("/callbacks/finpay/top-up/", PRETTY, TIMESTAMP, SIGNATURE))).isEqualTo(DOES_NOT_VERIFY);
        assertThat(verifier.verify(sent("/callbacks/finpay/topup", PRETTY, TIMESTAMP, SIGNATURE))).isEqualTo(DOES_NOT_VERIFY);
    }

    @Test
    void the_signature_fails_with_another_timestamp_even_one_inside_the_window() {
        assertThat(verifier.verify(sent(PATH, PRETTY, "2024-04-17T12:03:39+07:00", SIGNATURE))).isEqualTo(DOES_NOT_VERIFY);
        assertThat(verifier.verify(sent(PATH, PRETTY, "2024-04-17T05:03:38Z", SIGNATURE))).isEqualTo(DOES_NOT_VERIFY);
    }

    @Test
    void a_changed_truncated_or_malformed_signature_fails() {
        byte[] signature = Base64.getDecoder().decode(SIGNATURE);
        signature[0] ^= 1;

        assertThat(verifier.verify(sent(PATH, PRETTY, TIMESTAMP, Base64.getEncoder().encodeToString(signature))))
                .isEqualTo(DOES_NOT_VERIFY);
        assertThat(verifier.verify(sent(PATH, PRETTY, TIMESTAMP, SIGNATURE.substring(4)))).isEqualTo(DOES_NOT_VERIFY);
        assertThat(verifier.verify(sent(PATH, PRETTY, TIMESTAMP, "not base64!"))).isEqualTo(DOES_NOT_VERIFY);
    }

    @Test
    void a_configured_signed_path_replaces_the_path_a_rewriting_proxy_delivered_to() {
        NotifyVerifierAdapter behindProxy = new NotifyVerifierAdapter(settings().withSignedPath(PATH));
        NotifyVerifierAdapter signingAnotherPath = new NotifyVerifierAdapter(settings().withSignedPath("/finpay/notify"));

        assertThat(behindProxy.verify(sent("/internal/top-up", PRETTY, TIMESTAMP, SIGNATURE))).isInstanceOf(Verified.class);
        assertThat(verifier.verify(sent("/internal/top-up", PRETTY, TIMESTAMP, SIGNATURE))).isEqualTo(DOES_NOT_VERIFY);
        assertThat(signingAnotherPath.verify(sent(PATH, PRETTY, TIMESTAMP, SIGNATURE))).isEqualTo(DOES_NOT_VERIFY);
    }

    @Test
    void openssls_signature_is_what_dompets_signer_makes_for_the_same_string() {
        assertThat(Sha256WithRsa.signBase64(FINPAY_PRIVATE_KEY,
                vectorText("notify-string-to-sign.txt").getBytes(StandardCharsets.UTF_8))).isEqualTo(SIGNATURE);
    }
}
