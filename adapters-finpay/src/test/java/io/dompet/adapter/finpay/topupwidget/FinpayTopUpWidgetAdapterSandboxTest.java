package io.dompet.adapter.finpay.topupwidget;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.adapter.finpay.signature.HexCase;
import io.dompet.application.port.out.TopUpWidgetPort.WidgetOutcome;
import io.dompet.application.port.out.TopUpWidgetPort.WidgetRequest;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.sandbox.FinpaySandbox;
import io.dompet.sandbox.config.SandboxCredentials;
import io.dompet.sandbox.config.SandboxSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Finpay Money adapter against the independent sandbox, which checks Basic auth and the signature itself. */
class FinpayTopUpWidgetAdapterSandboxTest {

    private static final AtomicLong TRANS_NUMBERS = new AtomicLong(System.currentTimeMillis());
    private static FinpaySandbox sandbox;

    @BeforeAll
    static void startTheSandbox() {
        sandbox = FinpaySandbox.start(SandboxSettings.defaults());
    }

    @AfterAll
    static void stopTheSandbox() {
        sandbox.close();
    }

    private static FinpayTopUpWidgetAdapter adapter(HexCase keyCase, String password) {
        SandboxCredentials.Money money = SandboxCredentials.defaults().money();
        return new FinpayTopUpWidgetAdapter(new TopUpWidgetSettings(sandbox.baseUrl().resolve("/apicobrand"), money.username(),
                password, money.secretKey(), "widgetTopUp", keyCase, Duration.ofSeconds(2), Duration.ofSeconds(5),
                Clock.systemUTC()));
    }

    private static WidgetOutcome open(FinpayTopUpWidgetAdapter adapter, String phone) {
        return adapter.openWidget(new WidgetRequest("T" + TRANS_NUMBERS.incrementAndGet(), PhoneNumber.parse(phone),
                Instant.now()));
    }

    @Test
    void aWidgetIsIssuedWithAUrlThatServesTheWidgetPage() throws Exception {
        WidgetOutcome outcome = open(adapter(HexCase.UPPER, SandboxCredentials.defaults().money().password()), "081234567890");

        assertThat(outcome).isInstanceOf(WidgetOutcome.Issued.class);
        String url = ((WidgetOutcome.Issued) outcome).widgetUrl();
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("0812****7890").doesNotContain("081234567890");
    }

    @Test
    void aSignatureMadeWithTheOtherKeyCaseIsRefusedWithFinpaysCode() {
        WidgetOutcome outcome = open(adapter(HexCase.LOWER, SandboxCredentials.defaults().money().password()), "081234567890");

        // the token request is signed first, so that is what the sandbox refuses
        assertThat(outcome).isInstanceOf(WidgetOutcome.Refused.class);
        WidgetOutcome.Refused refused = (WidgetOutcome.Refused) outcome;
        assertThat(refused.failure().code()).isEqualTo("DOMPET_TOKEN_UNAVAILABLE");
        assertThat(refused.failure().message()).contains("005").contains("Invalid Signature");
    }

    @Test
    void aWrongPasswordIsNeverIssuedAWidget() {
        WidgetOutcome outcome = open(adapter(HexCase.UPPER, "not-the-password"), "081234567890");

        assertThat(outcome).isNotInstanceOf(WidgetOutcome.Issued.class);
    }
}
