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

import io.dompet.adapter.finpay.signature.Digests;
import io.dompet.adapter.finpay.signature.Sha256WithRsa;
import io.dompet.adapter.finpay.signature.SignatureEncoding;
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

    private final NotifyVerifierAdapter verifier = new NotifyVerifierAdapter(settings().build());

    private static RawNotification sent(String path, byte[] body, String timestamp, String signature) {
        return request(path, body, "X-TIMESTAMP", timestamp, "X-SIGNATURE", signature,
                "X-PARTNER-ID", "FINPAY-PARTNER-ID", "Content-Type", "application/json");
    }

    private static RawNotification sent(byte[] body) {
        return sent(PATH, body, TIMESTAMP, SIGNATURE);
    }

    @Test
    void theDigestAndStringToSignOfThePrettyBodyAreThoseOpensslComputedFromTheHandMinifiedOne() {
        assertThat(NotifyStringToSign.SNAP.bodyDigest(PRETTY)).isEqualTo(vectorText("notify-body-sha256.txt"));
        assertThat(Digests.bodyDigest(PRETTY)).isEqualTo(vectorText("notify-body-sha256.txt"));
        assertThat(NotifyStringToSign.SNAP.of(PATH, PRETTY, TIMESTAMP)).isEqualTo(vectorText("notify-string-to-sign.txt"));
    }

    @Test
    void aPrettyPrintedBodySignedByOpensslVerifiesWithFinpaysPublicKey() {
        NotificationVerification verification = verifier.verify(sent(PRETTY));

        assertThat(verification).isEqualTo(new Verified(new TopUpNotification("FPN-20240417-000123",
                PhoneNumber.parse("6281234567890"), OffsetDateTime.parse("2024-04-17T12:03:30+07:00"),
                "DOMPET-MERCHANT-01", Money.parse("150000.00"),
                "Top up  via  Alfamart \"Jl. Sudirman\"\t\\ café ", new TopUpChannel("alfamart"))));
    }

    @Test
    void aPrettyPrintedBodySignedByOpensslVerifiesWithFinpaysCertificate() {
        NotifyVerifierAdapter certificateVerifier = new NotifyVerifierAdapter(NotifySettingsBuilder.of(FINPAY_CERTIFICATE_KEY)
                .clock(settings().build().clock()).build());

        assertThat(certificateVerifier.verify(sent(PRETTY))).isInstanceOf(Verified.class);
    }

    @Test
    void theSameSignatureCoversTheMinifiedBodyAndAnyOtherWhitespaceBetweenTokens() {
        String reindented = new String(PRETTY, StandardCharsets.UTF_8).replace("\n", "\r\n").replace("    ", "\t");

        assertThat(verifier.verify(sent(MINIFIED))).isInstanceOf(Verified.class);
        assertThat(verifier.verify(sent(reindented.getBytes(StandardCharsets.UTF_8)))).isInstanceOf(Verified.class);
    }

    @Test
    void aUtcTimestampWithMillisecondsIsSignedExactlyAsSent() {
        String signature = vectorText("notify-signature-utc-millis.b64").strip();

        assertThat(verifier.verify(sent(PATH, PRETTY, "2024-04-17T05:03:38.000Z", signature))).isInstanceOf(Verified.class);
        assertThat(verifier.verify(sent(PATH, PRETTY, "2024-04-17T05:03:38Z", signature))).isEqualTo(DOES_NOT_VERIFY);
    }

    @Test
    void anyChangedByteOfTheBodyMakesTheSignatureFail() {
        for (int i = 0; i < PRETTY.length; i++) {
            byte[] changed = Arrays.copyOf(PRETTY, PRETTY.length);
            changed[i] ^= 1; // a space becomes '!', a line feed a vertical tab: never whitespace the minifier drops

            assertThat(verifier.verify(sent(changed))).as("byte %d changed", i).isEqualTo(DOES_NOT_VERIFY);
        }
    }

    @Test
    void aBodyWithAByteAddedOrRemovedInsideAValueFails() {
        String text = new String(PRETTY, StandardCharsets.UTF_8);

        assertThat(verifier.verify(sent(text.replace("Top up  via", "Top up   via").getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(DOES_NOT_VERIFY);
        assertThat(verifier.verify(sent(text.replace("Top up  via", "Top up via").getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(DOES_NOT_VERIFY);
        assertThat(verifier.verify(sent(text.replace("150000.00", "1500000.00").getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(DOES_NOT_VERIFY);
    }

    @Test
    void aSignatureMadeWithAnotherKeyFails() {
        String byOther = vectorText("notify-signature-other-key.b64").strip();

        assertThat(Sha256WithRsa.signBase64(OTHER_PRIVATE_KEY,
                vectorText("notify-string-to-sign.txt").getBytes(StandardCharsets.UTF_8))).isEqualTo(byOther);
        assertThat(verifier.verify(sent(PATH, PRETTY, TIMESTAMP, byOther))).isEqualTo(DOES_NOT_VERIFY);
    }

    @Test
    void theGenuineSignatureFailsAgainstAnotherConfiguredKey() {
        NotifyVerifierAdapter otherKey = new NotifyVerifierAdapter(NotifySettingsBuilder.of(OTHER_PUBLIC_KEY)
                .clock(settings().build().clock()).build());

        assertThat(otherKey.verify(sent(PRETTY))).isEqualTo(DOES_NOT_VERIFY);
    }

    @Test
    void theSignatureFailsOnAnotherPath() {
        assertThat(verifier.verify(sent("/callbacks/finpay/top-up/", PRETTY, TIMESTAMP, SIGNATURE))).isEqualTo(DOES_NOT_VERIFY);
        assertThat(verifier.verify(sent("/callbacks/finpay/topup", PRETTY, TIMESTAMP, SIGNATURE))).isEqualTo(DOES_NOT_VERIFY);
    }

    @Test
    void theSignatureFailsWithAnotherTimestampEvenOneInsideTheWindow() {
        assertThat(verifier.verify(sent(PATH, PRETTY, "2024-04-17T12:03:39+07:00", SIGNATURE))).isEqualTo(DOES_NOT_VERIFY);
        assertThat(verifier.verify(sent(PATH, PRETTY, "2024-04-17T05:03:38Z", SIGNATURE))).isEqualTo(DOES_NOT_VERIFY);
    }

    @Test
    void aChangedTruncatedOrMalformedSignatureFails() {
        byte[] signature = Base64.getDecoder().decode(SIGNATURE);
        signature[0] ^= 1;

        assertThat(verifier.verify(sent(PATH, PRETTY, TIMESTAMP, Base64.getEncoder().encodeToString(signature))))
                .isEqualTo(DOES_NOT_VERIFY);
        assertThat(verifier.verify(sent(PATH, PRETTY, TIMESTAMP, SIGNATURE.substring(4)))).isEqualTo(DOES_NOT_VERIFY);
        assertThat(verifier.verify(sent(PATH, PRETTY, TIMESTAMP, "not base64!"))).isEqualTo(DOES_NOT_VERIFY);
    }

    @Test
    void aConfiguredSignedPathReplacesThePathARewritingProxyDeliveredTo() {
        NotifyVerifierAdapter behindProxy = new NotifyVerifierAdapter(settings().signedPath(PATH).build());
        NotifyVerifierAdapter signingAnotherPath = new NotifyVerifierAdapter(settings().signedPath("/finpay/notify").build());

        assertThat(behindProxy.verify(sent("/internal/top-up", PRETTY, TIMESTAMP, SIGNATURE))).isInstanceOf(Verified.class);
        assertThat(verifier.verify(sent("/internal/top-up", PRETTY, TIMESTAMP, SIGNATURE))).isEqualTo(DOES_NOT_VERIFY);
        assertThat(signingAnotherPath.verify(sent(PATH, PRETTY, TIMESTAMP, SIGNATURE))).isEqualTo(DOES_NOT_VERIFY);
    }

    @Test
    void opensslsSignatureIsWhatDompetsSignerMakesForTheSameString() {
        assertThat(Sha256WithRsa.signBase64(FINPAY_PRIVATE_KEY,
                vectorText("notify-string-to-sign.txt").getBytes(StandardCharsets.UTF_8))).isEqualTo(SIGNATURE);
    }
}
