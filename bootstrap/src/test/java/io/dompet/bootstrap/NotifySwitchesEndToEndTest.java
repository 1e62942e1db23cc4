package io.dompet.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.dompet.adapter.finpay.notify.NotifyVerifierAdapter;
import io.dompet.sandbox.config.NotifyVariant;
import io.dompet.sandbox.config.SignatureEncoding;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * The Notify Top Up switches, dompet at its defaults ({@code string-to-sign=snap}, {@code signature-encoding=base64}),
 * against an independent sandbox of the test's own that signs with the other value of one switch: Finpay's
 * notification is refused {@code 401 4010000}, nothing is credited, and dompet's WARN line names the switch and the
 * value that would verify. The other way round — dompet set like the sandbox, credited once — is
 * {@link SwitchedSandboxModeEndToEndTest}; the defaults both ways round, {@link NotifyTopUpEndToEndTest}.
 * The raw-body variant sends a pretty-printed body: with a compact one both strings to sign are the same.
 */
class NotifySwitchesEndToEndTest extends SandboxApplicationTest {

    @RegisterExtension
    private final CapturedLogs logs = CapturedLogs.of(NotifyVerifierAdapter.class);

    @ParameterizedTest(name = "Finpay signs {0}/{1}, pretty {2}: dompet at its defaults names {4}")
    @CsvSource({
            "HEX,    SNAP,          false, 081300009101, dompet.finpay.notify.signature-encoding=hex",
            "BASE64, SNAP_RAW_BODY, true,  081300009102, dompet.finpay.notify.string-to-sign=snap-raw-body",
    })
    void aNotificationSignedTheOtherWayIsUnauthorizedCreditsNothingAndTheWarningNamesTheSwitch(
            SignatureEncoding encoding, NotifyVariant.StringToSign stringToSign, boolean prettyPrinted, String customer,
            String named) throws Exception {
        try (NotifyingSandbox finpay = NotifyingSandbox.start(new NotifyVariant(encoding, stringToSign), prettyPrinted,
                URI.create("http://localhost:" + port + NotifyingSandbox.CALLBACK_PATH))) {

            JsonNode delivery = finpay.notify(customer, "25000.00");

            assertThat(delivery.path("state").asString()).isEqualTo("GAVE_UP");
            JsonNode attempt = finpay.lastAttempt();
            assertThat(attempt.path("status").asInt()).isEqualTo(401);
            assertThat(attempt.path("responseCode").asString()).isEqualTo("4010000");
            assertThat(get("/api/v1/wallets/" + customer, SANDBOX_KEY).statusCode()).isEqualTo(404);
            assertThat(warnings()).singleElement().satisfies(line -> assertThat(line)
                    .contains("does not verify with dompet.finpay.notify.string-to-sign=snap, "
                            + "dompet.finpay.notify.signature-encoding=base64")
                    .contains("it WOULD verify with " + named + " (refused all the same")
                    .doesNotContain(customer.substring(1)));
        }
    }

    private List<String> warnings() {
        return logs.events().stream().filter(event -> event.getLevel() == Level.WARN)
                .map(ILoggingEvent::getFormattedMessage).toList();
    }
}
