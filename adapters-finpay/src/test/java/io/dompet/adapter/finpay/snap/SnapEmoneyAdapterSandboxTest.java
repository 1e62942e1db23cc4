package io.dompet.adapter.finpay.snap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.adapter.finpay.signature.KeyMaterial;
import io.dompet.adapter.finpay.signature.SignatureEncoding;
import io.dompet.application.port.out.EmoneyTopUpPort.AccountInquiry;
import io.dompet.application.port.out.EmoneyTopUpPort.InquiryOutcome;
import io.dompet.application.port.out.EmoneyTopUpPort.StatusInquiry;
import io.dompet.application.port.out.EmoneyTopUpPort.StatusOutcome;
import io.dompet.application.port.out.EmoneyTopUpPort.TopUpInstruction;
import io.dompet.application.port.out.EmoneyTopUpPort.TopUpOutcome;
import io.dompet.domain.shared.FinpayFailure;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.PartnerReferenceNo;
import io.dompet.sandbox.FinpaySandbox;
import io.dompet.sandbox.config.SandboxCredentials;
import io.dompet.sandbox.config.SandboxKeys;
import io.dompet.sandbox.config.SandboxSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SNAP adapter against the independent Finpay sandbox (its own signature checks, its own key parsing), one test
 * per sandbox test customer. Both sides of every signature are written separately, so a test passes only when
 * dompet's signing agrees with an implementation that shares no code with it.
 */
class SnapEmoneyAdapterSandboxTest {
    private static final Duration READ_TIMEOUT = Duration.ofMillis(1000);
    private static final AtomicLong REFERENCES = new AtomicLong(System.currentTimeMillis());

    private static FinpaySandbox sandbox;
    private static SnapEmoneyAdapter adapter;

    @BeforeAll
    static void startTheSandbox() {
        sandbox = FinpaySandbox.start(SandboxSettings.defaults()
                .withSlowAnswerDelay(READ_TIMEOUT.plusMillis(700))
                .withSlowSuccessDelay(Duration.ofMillis(300)));
        adapter = new SnapEmoneyAdapter(settings(SignatureEncoding.BASE64).build());
    }

    @AfterAll
    static void stopTheSandbox() {
        sandbox.close();
    }

    private static SnapSettingsBuilder settings(SignatureEncoding encoding) {
        SandboxCredentials.Snap snap = SandboxCredentials.defaults().snap();
        return SnapSettingsBuilder.of(sandbox.baseUrl(), snap.clientId(), snap.clientSecret(),
                        KeyMaterial.privateKey(SandboxKeys.bundled().merchantPrivateKeyPem()), snap.channelId(),
                        "merchant.example")
                .signatureEncoding(encoding)
                .timeouts(Duration.ofSeconds(2), READ_TIMEOUT)
                .clock(Clock.systemUTC());
    }

    private static PartnerReferenceNo newReference() {
        return new PartnerReferenceNo("T" + REFERENCES.incrementAndGet());
    }

    private static InquiryOutcome.Inquired inquire(PartnerReferenceNo reference, String customer, String amount) {
        InquiryOutcome outcome = adapter.inquire(new AccountInquiry(reference, PhoneNumber.parse(customer),
                Money.parse(amount), Instant.now()));
        assertThat(outcome).isInstanceOf(InquiryOutcome.Inquired.class);
        return (InquiryOutcome.Inquired) outcome;
    }

    private static TopUpOutcome topUp(SnapEmoneyAdapter through, PartnerReferenceNo reference, String customer, String amount) {
        InquiryOutcome.Inquired inquired = inquire(reference, customer, amount);
        return through.topUp(new TopUpInstruction(reference, PhoneNumber.parse(customer), inquired.customerName(),
                Money.parse(amount), inquired.fee(), Instant.now()));
    }

    private static TopUpOutcome topUp(PartnerReferenceNo reference, String customer, String amount) {
        return topUp(adapter, reference, customer, amount);
    }

    private static StatusOutcome status(PartnerReferenceNo reference, String amount) {
        return adapter.status(new StatusInquiry(reference, null, Money.parse(amount)));
    }

    @Test
    void theInquiryReturnsTheMaskedNameTheFeeAndTheLimits() {
        InquiryOutcome.Inquired inquired = inquire(newReference(), "081234567890", "50000");

        assertThat(inquired.customerName()).contains(" ").endsWith("**");
        assertThat(inquired.fee().money()).isEqualTo(Money.parse("1000.00"));
        assertThat(inquired.minAmount()).isEqualTo(Money.parse("10000.00"));
        assertThat(inquired.maxAmount()).isEqualTo(Money.parse("2000000.00"));
    }

    @Test
    void anOrdinaryCustomerIsToppedUpAndTheStatusInquiryAgrees() {
        PartnerReferenceNo reference = newReference();

        TopUpOutcome outcome = topUp(reference, "081234567890", "50000");

        assertThat(outcome).isInstanceOf(TopUpOutcome.Succeeded.class);
        String referenceNo = ((TopUpOutcome.Succeeded) outcome).referenceNo();
        assertThat(status(reference, "50000")).isEqualTo(new StatusOutcome.Succeeded(referenceNo));
    }

    @Test
    void theInquirysOwnReferenceIsAcceptedAndAStatusAnswerForAnotherAmountIsUnknown() {
        PartnerReferenceNo reference = newReference();
        TopUpOutcome outcome = topUp(reference, "081234567890", "50000");

        assertThat(outcome).isInstanceOf(TopUpOutcome.Succeeded.class);
        assertThat(status(reference, "40000")).isInstanceOf(StatusOutcome.Unknown.class);
        assertThat(status(reference, "50000")).isInstanceOf(StatusOutcome.Succeeded.class);
    }

    @Test
    void customer0001IsUnknownToFinpay() {
        PartnerReferenceNo reference = newReference();

        assertThat(topUp(reference, "081211110001", "50000")).isEqualTo(new TopUpOutcome.Failed(new FinpayFailure("4043811", "Invalid Customer")));
        assertThat(status(reference, "50000")).isInstanceOf(StatusOutcome.Failed.class);
    }

    @Test
    void customer0002AnswersAfterTheReadTimeoutSoTheOutcomeIsUnknownUntilTheStatusInquirySaysSuccess() {
        PartnerReferenceNo reference = newReference();

        assertThat(topUp(reference, "081211110002", "50000")).isInstanceOf(TopUpOutcome.Unknown.class);
        assertThat(status(reference, "50000")).isInstanceOf(StatusOutcome.Succeeded.class);
    }

    @Test
    void customer0003GetsAGeneralErrorThatIsUnknownButProcessed() {
        PartnerReferenceNo reference = newReference();

        assertThat(topUp(reference, "081211110003", "50000")).isInstanceOf(TopUpOutcome.Unknown.class);
        assertThat(status(reference, "50000")).isInstanceOf(StatusOutcome.Succeeded.class);
    }

    @Test
    void customer0004IsInProgressAndTheStatusInquirySaysSuccess() {
        PartnerReferenceNo reference = newReference();

        assertThat(topUp(reference, "081211110004", "50000")).isInstanceOf(TopUpOutcome.Pending.class);
        assertThat(status(reference, "50000")).isInstanceOf(StatusOutcome.Succeeded.class);
    }

    @Test
    void customer0005FailsForTheMerchantsInsufficientFunds() {
        TopUpOutcome outcome = topUp(newReference(), "081211110005", "50000");

        assertThat(outcome).isInstanceOf(TopUpOutcome.Failed.class);
        assertThat(((TopUpOutcome.Failed) outcome).failure().code()).isEqualTo("4033814");
    }

    @Test
    void customer0006IsSlowButWithinTheReadTimeout() {
        assertThat(topUp(newReference(), "081211110006", "50000")).isInstanceOf(TopUpOutcome.Succeeded.class);
    }

    @Test
    void customer0007GetsAnHtmlPageWhichIsUnknownAndFinpayNeverProcessedIt() {
        PartnerReferenceNo reference = newReference();

        assertThat(topUp(reference, "081211110007", "50000")).isInstanceOf(TopUpOutcome.Unknown.class);
        assertThat(status(reference, "50000")).isInstanceOf(StatusOutcome.Failed.class);
    }

    @Test
    void aStatusInquiryForAReferenceFinpayNeverSawIsNotFound() {
        assertThat(status(newReference(), "50000")).isInstanceOf(StatusOutcome.NotFound.class);
    }

    @Test
    void aSecondTopUpUnderTheSamePartnerReferenceIsNeverReportedAsANewOutcome() {
        PartnerReferenceNo reference = newReference();
        assertThat(topUp(reference, "081234567890", "50000")).isInstanceOf(TopUpOutcome.Succeeded.class);

        assertThat(topUp(reference, "081234567890", "50000")).isInstanceOf(TopUpOutcome.Unknown.class);
    }

    @Test
    void anAmountAboveTheLimitIsRefusedByTheTopUp() {
        TopUpOutcome outcome = topUp(newReference(), "081234567890", "2000000.01");

        assertThat(outcome).isInstanceOf(TopUpOutcome.Failed.class);
        assertThat(((TopUpOutcome.Failed) outcome).failure().code()).isEqualTo("4033802");
    }

    @Test
    void aRevokedTokenIsRefreshedOnceAndTheCallSucceeds() {
        inquire(newReference(), "081234567890", "50000");
        sandbox.revokeAccessTokens();

        assertThat(topUp(newReference(), "081234567890", "50000")).isInstanceOf(TopUpOutcome.Succeeded.class);
    }

    @Test
    void hexSignaturesAreRefusedByAFinpayThatExpectsBase64() {
        SnapEmoneyAdapter hex = new SnapEmoneyAdapter(settings(SignatureEncoding.HEX).build());

        InquiryOutcome outcome = hex.inquire(new AccountInquiry(newReference(), PhoneNumber.parse("081234567890"),
                Money.parse("50000"), Instant.now()));

        assertThat(outcome).isInstanceOf(InquiryOutcome.Refused.class);
        assertThat(((InquiryOutcome.Refused) outcome).failure().code()).isEqualTo("4013700");
    }
}
