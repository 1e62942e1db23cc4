package io.dompet.sandbox.snap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.sandbox.FinpaySandbox;
import io.dompet.sandbox.config.SandboxSettings;
import io.dompet.sandbox.config.SnapVariant;
import io.dompet.sandbox.config.SnapVariant.AmountFormat;
import io.dompet.sandbox.config.SnapVariant.AnswerField;
import io.dompet.sandbox.config.SnapVariant.OriginalReferenceNo;
import io.dompet.sandbox.config.SnapVariant.ReferenceUniqueness;
import io.dompet.sandbox.snap.SnapTestClient.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each {@link SnapVariant} setting both ways: the sandbox's default and the other value. */
class SnapVariantTest {

    private static final String CUSTOMER = "081977817902";
    private static final String UNKNOWN_REFERENCE_OMITTED = "{\"originalPartnerReferenceNo\":\"REF-X\",\"serviceCode\":\"38\"}";

    private FinpaySandbox sandbox;
    private SnapTestClient client;

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private void start(SnapVariant variant) {
        sandbox = FinpaySandbox.start(SandboxSettings.defaults().withSnapVariant(variant));
        client = new SnapTestClient(sandbox);
    }

    @Test
    void setToEmptyAnUnknownOriginalReferenceNoIsSentEmptyAndAnOmittedOneIsAnInvalidMandatoryField() {
        start(SnapVariant.defaults().withOriginalReferenceNo(OriginalReferenceNo.EMPTY));

        Answer empty = client.status("REF-X", "");
        Answer omitted = client.call(SnapTestClient.STATUS_PATH, UNKNOWN_REFERENCE_OMITTED).send();

        assertThat(empty.code()).isEqualTo("2003900");
        assertThat(empty.text("latestTransactionStatus")).isEqualTo("07");
        assertThat(omitted.status()).isEqualTo(400);
        assertThat(omitted.code()).isEqualTo("4003902");
        assertThat(omitted.message()).isEqualTo("Invalid Mandatory Field {originalReferenceNo}");
    }

    @Test
    void byDefaultAnUnknownOriginalReferenceNoIsLeftOutAndAnEmptyOneIsAnInvalidFieldFormat() {
        start(SnapVariant.defaults());

        Answer omitted = client.call(SnapTestClient.STATUS_PATH, UNKNOWN_REFERENCE_OMITTED).send();
        Answer empty = client.status("REF-X", "");

        assertThat(omitted.code()).isEqualTo("2003900");
        assertThat(omitted.text("latestTransactionStatus")).isEqualTo("07");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.code()).isEqualTo("4003901");
        assertThat(empty.message()).isEqualTo("Invalid Field Format {originalReferenceNo}");
    }

    @Test
    void eitherWayAKnownOriginalReferenceNoIsAnswered() {
        start(SnapVariant.defaults().withOriginalReferenceNo(OriginalReferenceNo.EMPTY));
        String reference = SnapTestClient.newReference();
        String referenceNo = client.topUp(reference, CUSTOMER, "10000.00").text("referenceNo");

        assertThat(client.status(reference, referenceNo).text("latestTransactionStatus")).isEqualTo("00");
    }

    @Test
    void byDefaultATopUpSuccessCarriesItsReferenceNo() {
        start(SnapVariant.defaults());

        Answer answer = client.topUp(SnapTestClient.newReference(), CUSTOMER, "10000.00");

        assertThat(answer.code()).isEqualTo("2003800");
        assertThat(answer.json().has("referenceNo")).isTrue();
        assertThat(answer.text("referenceNo")).isNotBlank();
    }

    @Test
    void setToOmitATopUpSuccessLeavesOutReferenceNoWhichTheStatusInquiryStillAnswers() {
        start(SnapVariant.defaults().withTopUpReferenceNo(AnswerField.OMIT));
        String reference = SnapTestClient.newReference();

        Answer answer = client.topUp(reference, CUSTOMER, "10000.00");
        Answer status = client.status(reference);

        assertThat(answer.code()).isEqualTo("2003800");
        assertThat(answer.json().has("referenceNo")).isFalse();
        assertThat(answer.text("partnerReferenceNo")).isEqualTo(reference);
        assertThat(status.text("latestTransactionStatus")).isEqualTo("00");
        assertThat(status.text("originalReferenceNo")).isNotBlank();
    }

    @Test
    void byDefaultTheInquiryFeeHasTwoDecimalsAndATopUpEchoingItInWholeRupiahIsAnInvalidFieldFormat() {
        start(SnapVariant.defaults());
        String reference = SnapTestClient.newReference();

        Answer inquiry = client.inquiry(reference, CUSTOMER, "10000.00");
        Answer reformatted = client.call(SnapTestClient.TOP_UP_PATH, SnapTestClient.topUpBody(reference, CUSTOMER,
                inquiry.text("customerName"), "10000.00", "1000")).send();

        assertThat(inquiry.json().get("feeAmount").get("value").asString()).isEqualTo("1000.00");
        assertThat(reformatted.status()).isEqualTo(400);
        assertThat(reformatted.code()).isEqualTo("4003801");
        assertThat(reformatted.message()).isEqualTo("Invalid Field Format {feeAmount.value}");
        assertThat(client.topUp(SnapTestClient.newReference(), CUSTOMER, "10000.00").code()).isEqualTo("2003800");
    }

    @Test
    void setToIntegerTheInquiryFeeIsWholeRupiahAndOnlyAByteForByteEchoIsAccepted() {
        start(SnapVariant.defaults().withFeeAmount(AmountFormat.INTEGER));
        String reference = SnapTestClient.newReference();

        Answer inquiry = client.inquiry(reference, CUSTOMER, "10000.00");
        Answer reformatted = client.call(SnapTestClient.TOP_UP_PATH, SnapTestClient.topUpBody(reference, CUSTOMER,
                inquiry.text("customerName"), "10000.00", "1000.00")).send();
        Answer echoed = client.topUp(SnapTestClient.newReference(), CUSTOMER, "10000.00");

        assertThat(inquiry.json().get("feeAmount").get("value").asString()).isEqualTo("1000");
        assertThat(reformatted.code()).isEqualTo("4003801");
        assertThat(reformatted.message()).isEqualTo("Invalid Field Format {feeAmount.value}");
        assertThat(echoed.code()).isEqualTo("2003800");
    }

    @Test
    void byDefaultTheAccessTokenAnswerCarriesExpiresIn() {
        start(SnapVariant.defaults());

        assertThat(client.tokenCall().send().text("expiresIn")).isEqualTo("900");
    }

    @Test
    void setToOmitTheAccessTokenAnswerLeavesOutExpiresInAndTheTokenStillWorks() {
        start(SnapVariant.defaults().withTokenExpiresIn(AnswerField.OMIT));

        Answer token = client.tokenCall().send();

        assertThat(token.code()).isEqualTo("2007300");
        assertThat(token.json().has("expiresIn")).isFalse();
        assertThat(token.text("accessToken")).isNotBlank();
        assertThat(client.inquiry(SnapTestClient.newReference(), CUSTOMER, "10000.00").code()).isEqualTo("2003700");
    }

    @Test
    void byDefaultATopUpWithTheReferenceAnInquirySentIsRefusedAsADuplicateAndMovesNoMoney() {
        start(SnapVariant.defaults());
        String reference = SnapTestClient.newReference();

        Answer inquiry = client.inquiry(reference, CUSTOMER, "10000.00");
        Answer topUp = client.call(SnapTestClient.TOP_UP_PATH, SnapTestClient.topUpBody(reference, CUSTOMER,
                inquiry.text("customerName"), "10000.00", "1000.00")).send();

        assertThat(topUp.status()).isEqualTo(409);
        assertThat(topUp.code()).isEqualTo("4093801");
        assertThat(topUp.message()).isEqualTo("Duplicate partnerReferenceNo");
        assertThat(client.status(reference).text("latestTransactionStatus")).isEqualTo("07");
        assertThat(client.get("/sandbox/top-ups").json()).isEmpty();
    }

    @Test
    void byDefaultATopUpWhoseInquirySentItsOwnReferenceIsProcessed() {
        start(SnapVariant.defaults());
        String reference = SnapTestClient.newReference();

        Answer topUp = client.topUp(reference, CUSTOMER, "10000.00");

        assertThat(topUp.code()).isEqualTo("2003800");
        assertThat(client.status(reference).text("latestTransactionStatus")).isEqualTo("00");
    }

    @Test
    void byDefaultAnInquiryWithATopUpsReferenceIsRefusedAndOneWithItsOwnMayBeRepeated() {
        start(SnapVariant.defaults());
        String reference = SnapTestClient.newReference();
        client.topUp(reference, CUSTOMER, "10000.00");

        Answer again = client.inquiry(SnapTestClient.inquiryReferenceOf(reference), CUSTOMER, "10000.00");
        Answer withTheTopUps = client.inquiry(reference, CUSTOMER, "10000.00");

        assertThat(again.code()).isEqualTo("2003700");
        assertThat(withTheTopUps.status()).isEqualTo(409);
        assertThat(withTheTopUps.code()).isEqualTo("4093701");
        assertThat(withTheTopUps.message()).isEqualTo("Duplicate partnerReferenceNo");
    }

    @Test
    void setToPerServiceATopUpMayReuseTheReferenceAnInquirySentAndTheOtherWayRound() {
        start(SnapVariant.defaults().withReferenceUniqueness(ReferenceUniqueness.PER_SERVICE));
        String reference = SnapTestClient.newReference();

        Answer inquiry = client.inquiry(reference, CUSTOMER, "10000.00");
        Answer topUp = client.call(SnapTestClient.TOP_UP_PATH, SnapTestClient.topUpBody(reference, CUSTOMER,
                inquiry.text("customerName"), "10000.00", "1000.00")).send();
        Answer inquiryAfter = client.inquiry(reference, CUSTOMER, "10000.00");

        assertThat(topUp.code()).isEqualTo("2003800");
        assertThat(inquiryAfter.code()).isEqualTo("2003700");
        assertThat(client.status(reference).text("latestTransactionStatus")).isEqualTo("00");
    }

    @ParameterizedTest
    @EnumSource(ReferenceUniqueness.class)
    void eitherWayATopUpsReferenceIsUsedOnce(ReferenceUniqueness uniqueness) {
        start(SnapVariant.defaults().withReferenceUniqueness(uniqueness));
        String reference = SnapTestClient.newReference();

        Answer first = client.topUp(reference, CUSTOMER, "10000.00");
        Answer second = client.topUp(reference, CUSTOMER, "10000.00");

        assertThat(first.code()).isEqualTo("2003800");
        assertThat(second.code()).isEqualTo("4093801");
        assertThat(client.get("/sandbox/top-ups").json()).hasSize(1);
    }
}
