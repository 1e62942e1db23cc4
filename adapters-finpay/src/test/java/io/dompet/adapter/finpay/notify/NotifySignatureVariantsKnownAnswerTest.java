package io.dompet.adapter.finpay.notify;

import static io.dompet.adapter.finpay.notify.NotifyFixtures.PATH;
import static io.dompet.adapter.finpay.notify.NotifyFixtures.TIMESTAMP;
import static io.dompet.adapter.finpay.notify.NotifyFixtures.request;
import static io.dompet.adapter.finpay.notify.NotifyFixtures.settings;
import static io.dompet.adapter.finpay.notify.NotifyFixtures.vector;
import static io.dompet.adapter.finpay.notify.NotifyFixtures.vectorText;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.dompet.adapter.finpay.CapturedLogs;
import io.dompet.adapter.finpay.signature.SignatureEncoding;
import io.dompet.application.port.out.NotificationVerifierPort.NotificationVerification.Unauthenticated;
import io.dompet.application.port.out.NotificationVerifierPort.NotificationVerification.Verified;
import io.dompet.domain.topup.RawNotification;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The switches {@code dompet.finpay.notify.string-to-sign} and {@code signature-encoding} both ways, against the
 * signatures openssl made for each recipe ({@code src/test/resources/notify/generate.sh}, README there): the verifier
 * set like Finpay accepts; set otherwise it refuses, and its one WARN line names the switch and the value that would
 * have verified.
 */
class NotifySignatureVariantsKnownAnswerTest {

    /** The pretty body: its minified and raw hashes differ, so the two strings to sign do too. */
    private static final byte[] PRETTY = vector("notify-body-pretty.json");

    @RegisterExtension
    private final CapturedLogs logs = CapturedLogs.of(NotifyVerifierAdapter.class);

    private static RawNotification sent(String signature) {
        return request(PATH, PRETTY, "X-TIMESTAMP", TIMESTAMP, "X-SIGNATURE", signature);
    }

    private static NotifyVerifierAdapter verifier(NotifyStringToSign string, SignatureEncoding encoding) {
        return new NotifyVerifierAdapter(settings().signature(string, encoding).build());
    }

    private static String signatureFile(NotifyStringToSign string, SignatureEncoding encoding) {
        return "notify-signature" + (string == NotifyStringToSign.SNAP_RAW_BODY ? "-raw-body" : "")
                + (encoding == SignatureEncoding.HEX ? ".hex" : ".b64");
    }

    private List<String> warnings() {
        return logs.events().stream().filter(event -> event.getLevel() == Level.WARN)
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    void theRawBodyStringToSignHashesTheBodyAsSentWhichOpensslHashedToo() {
        assertThat(NotifyStringToSign.SNAP_RAW_BODY.bodyDigest(PRETTY)).isEqualTo(vectorText("notify-body-raw-sha256.txt"))
                .isNotEqualTo(NotifyStringToSign.SNAP.bodyDigest(PRETTY));
        assertThat(NotifyStringToSign.SNAP_RAW_BODY.of(PATH, PRETTY, TIMESTAMP))
                .isEqualTo(vectorText("notify-string-to-sign-raw-body.txt"));
    }

    @ParameterizedTest(name = "string-to-sign={0}, signature-encoding={1}")
    @CsvSource({"SNAP, BASE64", "SNAP, HEX", "SNAP_RAW_BODY, BASE64", "SNAP_RAW_BODY, HEX"})
    void eachRecipeOpensslSignedIsAcceptedByTheVerifierSetToItWithoutAWarning(NotifyStringToSign string,
                                                                              SignatureEncoding encoding) {
        String signature = vectorText(signatureFile(string, encoding)).strip();

        assertThat(verifier(string, encoding).verify(sent(signature))).isInstanceOf(Verified.class);
        assertThat(warnings()).isEmpty();
    }

    @ParameterizedTest(name = "Finpay {0}/{1}, dompet {2}/{3}")
    @CsvSource({
            "SNAP, HEX, SNAP, BASE64, dompet.finpay.notify.signature-encoding=hex",
            "SNAP, BASE64, SNAP, HEX, dompet.finpay.notify.signature-encoding=base64",
            "SNAP_RAW_BODY, BASE64, SNAP, BASE64, dompet.finpay.notify.string-to-sign=snap-raw-body",
            "SNAP, BASE64, SNAP_RAW_BODY, BASE64, dompet.finpay.notify.string-to-sign=snap",
            "SNAP_RAW_BODY, HEX, SNAP, BASE64,"
                    + " dompet.finpay.notify.string-to-sign=snap-raw-body and dompet.finpay.notify.signature-encoding=hex",
    })
    void aRecipeOtherThanFinpaysIsRefusedAndTheWarningNamesTheSwitchThatWouldVerify(
            NotifyStringToSign finpayString, SignatureEncoding finpayEncoding, NotifyStringToSign dompetString,
            SignatureEncoding dompetEncoding, String wouldVerify) {
        String signature = vectorText(signatureFile(finpayString, finpayEncoding)).strip();

        assertThat(verifier(dompetString, dompetEncoding).verify(sent(signature)))
                .isEqualTo(new Unauthenticated("signature does not verify"));
        assertThat(warnings()).singleElement().satisfies(line -> assertThat(line)
                .contains("does not verify with " + new NotifySignature(dompetString, dompetEncoding))
                .contains("it WOULD verify with " + wouldVerify + " (")
                .doesNotContain(signature).doesNotContain("6281234567890").doesNotContain("café"));
    }

    @Test
    void aSignatureNoRecipeVerifiesSaysSoAndPointsAtThePublicKey() {
        String byOther = vectorText("notify-signature-other-key.b64").strip();

        assertThat(verifier(NotifyStringToSign.SNAP, SignatureEncoding.BASE64).verify(sent(byOther)))
                .isEqualTo(new Unauthenticated("signature does not verify"));
        assertThat(warnings()).singleElement().satisfies(line -> assertThat(line)
                .contains("none of the 4 recipes verifies: check dompet.finpay.notify.public-key")
                .doesNotContain(byOther));
    }

    @Test
    void theDefaultRecipeIsTheSnapStringInBase64() {
        NotifySettings defaults = NotifySettingsBuilder.of(NotifyFixtures.FINPAY_PUBLIC_KEY).build();

        assertThat(defaults.stringToSign()).isEqualTo(NotifyStringToSign.SNAP);
        assertThat(defaults.signatureEncoding()).isEqualTo(SignatureEncoding.BASE64);
    }
}
