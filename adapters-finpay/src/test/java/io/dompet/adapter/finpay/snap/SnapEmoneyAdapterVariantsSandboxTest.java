package io.dompet.adapter.finpay.snap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.dompet.adapter.finpay.CapturedLogs;
import io.dompet.adapter.finpay.signature.KeyMaterial;
import io.dompet.adapter.finpay.signature.SignatureEncoding;
import io.dompet.application.port.out.EmoneyTopUpPort.AccountInquiry;
import io.dompet.application.port.out.EmoneyTopUpPort.InquiryOutcome;
import io.dompet.application.port.out.EmoneyTopUpPort.QuotedAmount;
import io.dompet.application.port.out.EmoneyTopUpPort.StatusInquiry;
import io.dompet.application.port.out.EmoneyTopUpPort.StatusOutcome;
import io.dompet.application.port.out.EmoneyTopUpPort.TopUpInstruction;
import io.dompet.application.port.out.EmoneyTopUpPort.TopUpOutcome;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.PartnerReferenceNo;
import io.dompet.sandbox.FinpaySandbox;
import io.dompet.sandbox.config.SandboxCredentials;
import io.dompet.sandbox.config.SandboxKeys;
import io.dompet.sandbox.config.SandboxSettings;
import io.dompet.sandbox.config.SnapVariant;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The SNAP adapter against the independent sandbox set to each answer of SNAP's open questions (its own
 * {@link SnapVariant}, set apart from dompet's switches): dompet set like the sandbox succeeds, set differently meets
 * the sandbox's refusal and logs the switch and the value to try; where Finpay's samples disagree with its tables
 * (an integer fee, a success without referenceNo, a token without expiresIn) dompet works either way.
 */
class SnapEmoneyAdapterVariantsSandboxTest {

    private static final AtomicLong REFERENCES = new AtomicLong(System.currentTimeMillis());
    private static final PhoneNumber CUSTOMER = PhoneNumber.parse("081234567890");
    private static final Money AMOUNT = Money.parse("50000");

    private FinpaySandbox sandbox;
    @RegisterExtension
    private final CapturedLogs logs = CapturedLogs.of("io.dompet.adapter.finpay");

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private SnapEmoneyAdapter adapterAgainst(SnapVariant variant, SignatureEncoding encoding, OriginalReferenceNo form) {
        return adapterAgainst(variant, encoding, form, InquiryReference.OWN);
    }

    private SnapEmoneyAdapter adapterAgainst(SnapVariant variant, SignatureEncoding encoding, OriginalReferenceNo form,
                                             InquiryReference inquiryReference) {
        sandbox = FinpaySandbox.start(SandboxSettings.defaults().withSnapVariant(variant));
        SandboxCredentials.Snap snap = SandboxCredentials.defaults().snap();
        return new SnapEmoneyAdapter(SnapSettingsBuilder.of(sandbox.baseUrl(), snap.clientId(), snap.clientSecret(),
                        KeyMaterial.privateKey(SandboxKeys.bundled().merchantPrivateKeyPem()), snap.channelId(),
                        "merchant.example")
                .signatureEncoding(encoding).originalReferenceNo(form).inquiryReference(inquiryReference)
                .clock(Clock.systemUTC())
                .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5)).build());
    }

    private SnapEmoneyAdapter adapterAgainst(SnapVariant variant) {
        return adapterAgainst(variant, SignatureEncoding.BASE64, OriginalReferenceNo.OMIT);
    }

    private static PartnerReferenceNo newReference() {
        return new PartnerReferenceNo("V" + REFERENCES.incrementAndGet());
    }

    private static InquiryOutcome inquire(SnapEmoneyAdapter adapter, PartnerReferenceNo reference) {
        return adapter.inquire(new AccountInquiry(reference, CUSTOMER, AMOUNT, Instant.now()));
    }

    private static TopUpOutcome topUp(SnapEmoneyAdapter adapter, PartnerReferenceNo reference) {
        InquiryOutcome.Inquired inquired = (InquiryOutcome.Inquired) inquire(adapter, reference);
        return adapter.topUp(new TopUpInstruction(reference, CUSTOMER, inquired.customerName(), AMOUNT, inquired.fee(),
                Instant.now()));
    }

    private List<String> errors() {
        return logs.events().stream().filter(event -> event.getLevel() == Level.ERROR)
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    @ParameterizedTest
    @CsvSource({"BASE64, BASE64, base64, hex", "HEX, HEX, hex, base64", "HEX, BASE64, base64, hex",
            "BASE64, HEX, hex, base64"})
    void signatureEncodingSetLikeTheSandboxIsAcceptedAndOtherwiseTheRefusalNamesTheSwitch(
            io.dompet.sandbox.config.SignatureEncoding sandboxEncoding, SignatureEncoding dompet, String current,
            String other) {
        SnapEmoneyAdapter adapter = adapterAgainst(SnapVariant.defaults().withSignatureEncoding(sandboxEncoding),
                dompet, OriginalReferenceNo.OMIT);

        InquiryOutcome outcome = inquire(adapter, newReference());

        if (sandboxEncoding.name().equals(dompet.name())) {
            assertThat(outcome).isInstanceOf(InquiryOutcome.Inquired.class);
            assertThat(errors()).isEmpty();
        } else {
            assertThat(outcome).isInstanceOfSatisfying(InquiryOutcome.Refused.class,
                    refused -> assertThat(refused.failure().code()).isEqualTo("4013700"));
            assertThat(errors()).singleElement().asString()
                    .contains("dompet.finpay.snap.signature-encoding=" + current + " (try " + other + ")");
        }
    }

    @ParameterizedTest
    @CsvSource({"OMIT, OMIT, omit, empty", "EMPTY, EMPTY, empty, omit", "EMPTY, OMIT, omit, empty",
            "OMIT, EMPTY, empty, omit"})
    void originalReferenceNoSetLikeTheSandboxIsAnsweredAndOtherwiseTheRefusalNamesTheSwitch(
            SnapVariant.OriginalReferenceNo sandboxForm, OriginalReferenceNo dompet, String current, String other) {
        SnapEmoneyAdapter adapter = adapterAgainst(SnapVariant.defaults().withOriginalReferenceNo(sandboxForm),
                SignatureEncoding.BASE64, dompet);

        StatusOutcome outcome = adapter.status(new StatusInquiry(newReference(), null, AMOUNT));

        if (sandboxForm.name().equals(dompet.name())) {
            assertThat(outcome).isInstanceOf(StatusOutcome.NotFound.class);
            assertThat(errors()).isEmpty();
        } else {
            assertThat(outcome).isInstanceOfSatisfying(StatusOutcome.Unknown.class,
                    unknown -> assertThat(unknown.reason()).contains("40039"));
            assertThat(errors()).singleElement().asString()
                    .contains("dompet.finpay.snap.original-reference-no=" + current + " (try " + other + ")");
        }
    }

    @ParameterizedTest
    @CsvSource({"OWN, PER_SERVICE", "OWN, ACROSS_SERVICES", "SHARED, PER_SERVICE"})
    void anInquiryReferenceTheSandboxAcceptsTopsUpWithoutAnError(InquiryReference dompet,
                                                                 SnapVariant.ReferenceUniqueness sandboxUniqueness) {
        SnapEmoneyAdapter adapter = adapterAgainst(SnapVariant.defaults().withReferenceUniqueness(sandboxUniqueness),
                SignatureEncoding.BASE64, OriginalReferenceNo.OMIT, dompet);
        PartnerReferenceNo reference = newReference();

        TopUpOutcome outcome = topUp(adapter, reference);

        assertThat(outcome).isInstanceOfSatisfying(TopUpOutcome.Succeeded.class,
                succeeded -> assertThat(succeeded.referenceNo()).isNotBlank());
        assertThat(adapter.status(new StatusInquiry(reference, null, AMOUNT))).isInstanceOf(StatusOutcome.Succeeded.class);
        assertThat(errors()).isEmpty();
    }

    @Test
    void aSharedInquiryReferenceAgainstReferencesUniqueAcrossServicesIsRefusedAndTheLogNamesTheSwitch() {
        SnapEmoneyAdapter adapter = adapterAgainst(
                SnapVariant.defaults().withReferenceUniqueness(SnapVariant.ReferenceUniqueness.ACROSS_SERVICES),
                SignatureEncoding.BASE64, OriginalReferenceNo.OMIT, InquiryReference.SHARED);
        PartnerReferenceNo reference = newReference();

        TopUpOutcome outcome = topUp(adapter, reference);

        assertThat(outcome)
                .isEqualTo(new TopUpOutcome.Unknown("duplicate partnerReferenceNo: already processed (4093801)"));
        assertThat(adapter.status(new StatusInquiry(reference, null, AMOUNT))).isInstanceOf(StatusOutcome.NotFound.class);
        assertThat(errors()).singleElement().asString()
                .contains("4093801", "dompet.finpay.snap.inquiry-reference=shared (try own)");
    }

    @Test
    void byDefaultDompetAndTheSandboxAgreeOnTheOriginalReferenceForm() {
        SnapEmoneyAdapter adapter = adapterAgainst(SnapVariant.defaults());

        assertThat(adapter.status(new StatusInquiry(newReference(), null, AMOUNT)))
                .isInstanceOf(StatusOutcome.NotFound.class);
    }

    @Test
    void anIntegerFeeIsEchoedAsTheInquiryWroteItAndTheTopUpIsAccepted() {
        SnapEmoneyAdapter adapter = adapterAgainst(SnapVariant.defaults().withFeeAmount(SnapVariant.AmountFormat.INTEGER));
        PartnerReferenceNo reference = newReference();

        InquiryOutcome.Inquired inquired = (InquiryOutcome.Inquired) inquire(adapter, reference);
        TopUpOutcome outcome = adapter.topUp(new TopUpInstruction(reference, CUSTOMER, inquired.customerName(), AMOUNT,
                inquired.fee(), Instant.now()));

        assertThat(inquired.fee()).isEqualTo(new QuotedAmount(Money.parse("1000.00"), "1000"));
        assertThat(outcome).isInstanceOfSatisfying(TopUpOutcome.Succeeded.class,
                succeeded -> assertThat(succeeded.referenceNo()).isNotBlank());
    }

    @Test
    void aSuccessWithoutReferenceNoIsASuccessWhoseReferenceTheStatusInquiryNames() {
        SnapEmoneyAdapter adapter = adapterAgainst(
                SnapVariant.defaults().withTopUpReferenceNo(SnapVariant.AnswerField.OMIT));
        PartnerReferenceNo reference = newReference();

        TopUpOutcome outcome = topUp(adapter, reference);

        assertThat(outcome).isEqualTo(new TopUpOutcome.Succeeded(null));
        assertThat(adapter.status(new StatusInquiry(reference, null, AMOUNT)))
                .isInstanceOfSatisfying(StatusOutcome.Succeeded.class,
                        succeeded -> assertThat(succeeded.referenceNo()).isNotBlank());
    }

    @Test
    void aTokenWithoutExpiresInIsUsedWithOneWarning() {
        SnapEmoneyAdapter adapter = adapterAgainst(
                SnapVariant.defaults().withTokenExpiresIn(SnapVariant.AnswerField.OMIT));

        assertThat(inquire(adapter, newReference())).isInstanceOf(InquiryOutcome.Inquired.class);
        assertThat(inquire(adapter, newReference())).isInstanceOf(InquiryOutcome.Inquired.class);
        assertThat(logs.events()).filteredOn(event -> event.getLevel() == Level.WARN)
                .extracting(ILoggingEvent::getFormattedMessage).singleElement().asString().contains("no expiresIn");
    }
}
