package io.dompet.domain.topup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dompet.domain.shared.FinpayFailure;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TopUpTest {

    private static final Instant NOW = Instant.parse("2026-11-24T05:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(5);
    private static final ApiClient CLIENT = new ApiClient("backoffice");

    private static TopUp requested() {
        return TopUps.direct().client(CLIENT).createdAt(NOW).requested();
    }

    @Test
    void aNewDirectTopUpIsRequestedWithNothingFromFinpayYet() {
        TopUp topUp = requested();

        assertThat(topUp.status()).isEqualTo(TopUpStatus.REQUESTED);
        assertThat(topUp.kind()).isEqualTo(TopUpKind.DIRECT);
        assertThat(topUp.referenceNo()).isEmpty();
        assertThat(topUp.failure()).isEmpty();
        assertThat(topUp.needsReview()).isFalse();
        assertThat(topUp.version()).isZero();
        assertThat(topUp.createdAt()).isEqualTo(NOW);
    }

    private static TopUp sending() {
        return TopUps.direct().client(CLIENT).createdAt(NOW).inquiry("Bu di Sa**", "1000", "OUR").claimed();
    }

    /** The names of the fields whose values differ between {@code before} and {@code after}. */
    private static Set<String> changed(TopUp before, TopUp after) {
        Map<String, Object> was = TopUps.fieldsOf(before);
        Map<String, Object> is = TopUps.fieldsOf(after);
        return was.keySet().stream().filter(field -> !Objects.equals(was.get(field), is.get(field)))
                .collect(Collectors.toSet());
    }

    @Test
    void eachTransitionChangesOnlyTheFieldsItIsAbout() {
        TopUp requested = requested();
        TopUp sending = sending();
        TopUp pending = sending.markPending(LATER, LATER);
        Instant later = LATER.plusSeconds(60);

        assertThat(changed(requested, requested.claimForSending("Bu di Sa**", Money.parse("1000"), "OUR", LATER)))
                .containsExactlyInAnyOrder("status", "customerName", "fee", "feeType", "updatedAt");
        assertThat(changed(sending, sending.succeed("R1", LATER)))
                .containsExactlyInAnyOrder("status", "referenceNo", "updatedAt");
        assertThat(changed(sending, sending.fail(new FinpayFailure("4043811", "Invalid Customer"), LATER)))
                .containsExactlyInAnyOrder("status", "failure", "updatedAt");
        assertThat(changed(sending, pending)).containsExactlyInAnyOrder("status", "nextCheckAt", "updatedAt");
        assertThat(changed(pending, pending.succeed("R1", later)))
                .containsExactlyInAnyOrder("status", "referenceNo", "nextCheckAt", "updatedAt");
        assertThat(changed(pending, pending.fail(new FinpayFailure("4043811", "Invalid Customer"), later)))
                .containsExactlyInAnyOrder("status", "failure", "nextCheckAt", "updatedAt");
        assertThat(changed(pending, pending.checkedWithoutOutcome(later, true, later)))
                .containsExactlyInAnyOrder("needsReview", "checkAttempts", "nextCheckAt", "updatedAt");
        assertThat(changed(pending, pending.flagForReview("referenceNo too long", later, later)))
                .containsExactlyInAnyOrder("needsReview", "reviewReason", "nextCheckAt", "updatedAt");
        assertThat(changed(sending, sending.succeedWithoutReferenceNo("no referenceNo", LATER)))
                .containsExactlyInAnyOrder("status", "needsReview", "reviewReason", "updatedAt");
        assertThat(changed(pending, pending.withVersion(3))).containsExactly("version");
    }

    @Test
    void aRequestedTopUpCanBeClaimedForSendingOrFailButNeverBecomesPendingUnsent() {
        TopUp sending = sending();

        assertThat(sending.status()).isEqualTo(TopUpStatus.SENDING);
        assertThat(sending.customerName()).contains("Bu di Sa**");
        assertThat(sending.fee()).contains(Money.parse("1000"));
        assertThat(sending.feeType()).contains("OUR");
        assertThat(requested().fail(new FinpayFailure("4043811", "Invalid Customer"), LATER).status()).isEqualTo(TopUpStatus.FAILED);
        assertThatThrownBy(() -> requested().markPending(LATER, NOW)).isInstanceOf(IllegalTopUpTransitionException.class);
    }

    @Test
    void aTopUpIsClaimedForSendingOnce() {
        TopUp sending = sending();

        assertThatThrownBy(() -> sending.claimForSending("Bu di Sa**", Money.parse("1000"), "OUR", LATER))
                .isInstanceOf(IllegalTopUpTransitionException.class);
        assertThatThrownBy(() -> sending.markPending(LATER, NOW).claimForSending("Bu di Sa**", Money.parse("1000"), "OUR", LATER))
                .isInstanceOf(IllegalTopUpTransitionException.class);
    }

    @Test
    void aSendingTopUpCanSucceedFailOrBecomePending() {
        assertThat(sending().succeed("R1", LATER).status()).isEqualTo(TopUpStatus.SUCCEEDED);
        assertThat(sending().fail(new FinpayFailure("4043811", "Invalid Customer"), LATER).status()).isEqualTo(TopUpStatus.FAILED);
        assertThat(sending().markPending(LATER, NOW).status()).isEqualTo(TopUpStatus.PENDING);
    }

    @Test
    void aTopUpFinpayCreditedWithoutAReferenceNoSucceedsFlaggedForReviewAndOnlyADirectOneMay() {
        TopUp succeeded = sending().succeedWithoutReferenceNo("Finpay named no referenceNo", LATER);

        assertThat(succeeded.status()).isEqualTo(TopUpStatus.SUCCEEDED);
        assertThat(succeeded.referenceNo()).isEmpty();
        assertThat(succeeded.needsReview()).isTrue();
        assertThat(succeeded.reviewReason()).contains("Finpay named no referenceNo");
        assertThat(succeeded.nextCheckAt()).isEmpty();
        assertThatThrownBy(() -> succeeded.succeedWithoutReferenceNo("again", LATER))
                .isInstanceOf(IllegalTopUpTransitionException.class);
        assertThatThrownBy(() -> TopUp.reconstitute(succeeded.id(), TopUpKind.DIRECT, TopUpStatus.SUCCEEDED,
                succeeded.customerNumber(), succeeded.amount(), succeeded.partnerReferenceNo().orElseThrow(), CLIENT,
                succeeded.idempotencyKey().orElseThrow(), null, "Bu di Sa**", Money.parse("1000"), "OUR", null, null,
                false, null, 0, null, NOW, LATER, 1)).isInstanceOf(InvalidTopUpException.class);
    }

    @Test
    void aPendingTopUpCanSucceedOrFailButNotGoBack() {
        TopUp pending = sending().markPending(LATER, NOW);

        assertThat(pending.succeed("R1", LATER).referenceNo()).contains("R1");
        assertThat(pending.fail(new FinpayFailure("STATUS_06", "Failed"), LATER).failure()).isPresent();
        assertThatThrownBy(() -> pending.markPending(LATER, NOW)).isInstanceOf(IllegalTopUpTransitionException.class);
    }

    @Test
    void aCheckWithoutOutcomeMakesASendingTopUpPendingAndLeavesARequestedOneRequested() {
        assertThat(sending().checkedWithoutOutcome(LATER, false, NOW).status()).isEqualTo(TopUpStatus.PENDING);
        assertThat(requested().checkedWithoutOutcome(LATER, false, NOW).status()).isEqualTo(TopUpStatus.REQUESTED);
        assertThat(requested().checkedWithoutOutcome(LATER, false, NOW).checkAttempts()).isEqualTo(1);
    }

    @Test
    void aClaimNeedsANameThatCanBeStoredAsFinpaySentIt() {
        assertThatThrownBy(() -> requested().claimForSending("Bu\0di", Money.parse("1000"), "OUR", NOW))
                .isInstanceOf(InvalidTopUpException.class);
        assertThatThrownBy(() -> requested().claimForSending("x".repeat(256), Money.parse("1000"), "OUR", NOW))
                .isInstanceOf(InvalidTopUpException.class);
        assertThat(requested().claimForSending("x".repeat(255), Money.parse("1000"), "OUR\u0000" + "y".repeat(70), NOW)
                .feeType().orElseThrow()).hasSize(TopUp.FEE_TYPE_MAX_LENGTH).doesNotContain("\u0000");
    }

    @Test
    void aReferenceNoThatCannotBeStoredFlagsTheTopUpForReviewInsteadOfSucceeding() {
        String tooLong = "R".repeat(TopUp.REFERENCE_NO_MAX_LENGTH + 1);

        assertThat(TopUp.isStorableReferenceNo(tooLong)).isFalse();
        assertThat(TopUp.isStorableReferenceNo("R\u00001")).isFalse();
        assertThat(TopUp.isStorableReferenceNo("R".repeat(TopUp.REFERENCE_NO_MAX_LENGTH))).isTrue();
        assertThatThrownBy(() -> sending().succeed(tooLong, LATER)).isInstanceOf(InvalidTopUpException.class);

        TopUp flagged = sending().flagForReview("referenceNo too long", LATER.plusSeconds(600), LATER);

        assertThat(flagged.status()).isEqualTo(TopUpStatus.PENDING);
        assertThat(flagged.needsReview()).isTrue();
        assertThat(flagged.reviewReason()).contains("referenceNo too long");
        assertThat(flagged.nextCheckAt()).contains(LATER.plusSeconds(600));
        assertThat(flagged.checkAttempts()).isZero();
    }

    @Test
    void finalTopUpsNeverChangeAgain() {
        TopUp succeeded = requested().succeed("R1", LATER);
        TopUp failed = requested().fail(new FinpayFailure("4043811", "Invalid Customer"), LATER);

        for (TopUp done : new TopUp[] {succeeded, failed}) {
            assertThatThrownBy(() -> done.succeed("R2", LATER)).isInstanceOf(IllegalTopUpTransitionException.class);
            assertThatThrownBy(() -> done.fail(new FinpayFailure("X", "x"), LATER)).isInstanceOf(IllegalTopUpTransitionException.class);
            assertThatThrownBy(() -> done.markPending(LATER, NOW)).isInstanceOf(IllegalTopUpTransitionException.class);
            assertThatThrownBy(() -> done.checkedWithoutOutcome(LATER, false, NOW)).isInstanceOf(IllegalTopUpTransitionException.class);
        }
    }

    @Test
    void aFailureKeepsFinpaysCodeAndMessage() {
        TopUp failed = requested().fail(new FinpayFailure("4033814", "Insufficient Funds"), LATER);

        assertThat(failed.failure()).contains(new FinpayFailure("4033814", "Insufficient Funds"));
        assertThat(failed.failure().orElseThrow().isDompets()).isFalse();
        assertThat(new FinpayFailure(FinpayFailure.AMOUNT_OUTSIDE_LIMITS, "x").isDompets()).isTrue();
    }

    @Test
    void aSucceededTopUpNeedsFinpaysReference() {
        assertThatThrownBy(() -> requested().succeed(" ", LATER)).isInstanceOf(InvalidTopUpException.class);
    }

    @Test
    void checksWithoutOutcomeCountAttemptsAndFlagForReviewOnceTheBudgetIsSpent() {
        TopUp pending = sending().markPending(LATER, NOW);

        TopUp once = pending.checkedWithoutOutcome(LATER.plusSeconds(10), false, LATER);
        TopUp flagged = once.checkedWithoutOutcome(LATER.plusSeconds(30), true, LATER);
        TopUp stillFlagged = flagged.checkedWithoutOutcome(LATER.plusSeconds(60), false, LATER);

        assertThat(once.checkAttempts()).isEqualTo(1);
        assertThat(once.needsReview()).isFalse();
        assertThat(flagged.needsReview()).isTrue();
        assertThat(stillFlagged.needsReview()).as("review flag is never cleared by a check").isTrue();
        assertThat(stillFlagged.nextCheckAt()).contains(LATER.plusSeconds(60));
    }

    @Test
    void transitionsLeaveTheOriginalUnchanged() {
        TopUp original = requested();

        original.succeed("R1", LATER);

        assertThat(original.status()).isEqualTo(TopUpStatus.REQUESTED);
    }

    @Test
    void aZeroAmountOrADirectTopUpWithoutKeyIsImpossible() {
        assertThatThrownBy(() -> TopUp.requestDirect(new TopUpId(UUID.randomUUID()), CLIENT, new IdempotencyKey("k"),
                new PartnerReferenceNo("P1"), PhoneNumber.parse("081234567890"), Money.ZERO, NOW))
                .isInstanceOf(InvalidTopUpException.class);
        assertThatThrownBy(() -> TopUp.reconstitute(new TopUpId(UUID.randomUUID()), TopUpKind.DIRECT, TopUpStatus.REQUESTED,
                PhoneNumber.parse("081234567890"), Money.parse("1"), null, null, null, null, null, null, null, null, null, false,
                null, 0, null, NOW, NOW, 0)).isInstanceOf(InvalidTopUpException.class);
    }

    @Test
    void aDirectTopUpRecordsTheClientThatAskedForItAndCannotBeWithoutOne() {
        assertThat(requested().client()).contains(CLIENT);
        assertThatThrownBy(() -> TopUp.reconstitute(new TopUpId(UUID.randomUUID()), TopUpKind.DIRECT, TopUpStatus.REQUESTED,
                PhoneNumber.parse("081234567890"), Money.parse("1"), new PartnerReferenceNo("P1"), null,
                new IdempotencyKey("k"), null, null, null, null, null, null, false, null, 0, null, NOW, NOW, 0))
                .isInstanceOf(InvalidTopUpException.class);
    }

    @Test
    void apiClientNamesAreTheConfigurableOnesAndLegacyIsOneOfThem() {
        assertThat(new ApiClient("back-office_1.eu").name()).isEqualTo("back-office_1.eu");
        assertThat(new ApiClient("x".repeat(64)).name()).hasSize(64);
        assertThatThrownBy(() -> new ApiClient("")).isInstanceOf(InvalidTopUpException.class);
        assertThatThrownBy(() -> new ApiClient("-dash")).isInstanceOf(InvalidTopUpException.class);
        assertThatThrownBy(() -> new ApiClient("x".repeat(65))).isInstanceOf(InvalidTopUpException.class);
        assertThatThrownBy(() -> new ApiClient("has space")).isInstanceOf(InvalidTopUpException.class);
        assertThat(ApiClient.LEGACY.isLegacy()).isTrue();
        assertThat(CLIENT.isLegacy()).isFalse();
    }

    @Test
    void identifiersAndKeysAreValidated() {
        assertThatThrownBy(() -> new IdempotencyKey("")).isInstanceOf(InvalidTopUpException.class);
        assertThatThrownBy(() -> new IdempotencyKey("x".repeat(65))).isInstanceOf(InvalidTopUpException.class);
        assertThatThrownBy(() -> new IdempotencyKey("has space")).isInstanceOf(InvalidTopUpException.class);
        assertThat(new IdempotencyKey("x".repeat(64)).value()).hasSize(64);
        assertThatThrownBy(() -> new PartnerReferenceNo("a-b")).isInstanceOf(InvalidTopUpException.class);
        assertThatThrownBy(() -> TopUpId.parse("not-a-uuid")).isInstanceOf(InvalidTopUpException.class);
    }

    @Test
    void aNotifiedTopUpHasSucceededThroughItsChannelUnderFinpaysReference() {
        TopUpNotification notification = new TopUpNotification("FP-123", PhoneNumber.parse("6281234567890"),
                java.time.OffsetDateTime.parse("2026-11-24T12:03:38+07:00"), "M1", Money.parse("75000"), null,
                new TopUpChannel("alfamart"));

        TopUp topUp = TopUp.notified(new TopUpId(UUID.randomUUID()), notification, NOW);

        assertThat(topUp.kind()).isEqualTo(TopUpKind.CHANNEL);
        assertThat(topUp.status()).isEqualTo(TopUpStatus.SUCCEEDED);
        assertThat(topUp.referenceNo()).contains("FP-123");
        assertThat(topUp.channel()).contains(new TopUpChannel("alfamart"));
        assertThat(topUp.partnerReferenceNo()).isEmpty();
        assertThat(topUp.client()).isEmpty();
        assertThat(topUp.idempotencyKey()).isEmpty();
        assertThatThrownBy(() -> topUp.fail(new FinpayFailure("X", "x"), LATER)).isInstanceOf(IllegalTopUpTransitionException.class);
    }

    @Test
    void knownAndUnknownChannelsAreBothChannels() {
        assertThat(new TopUpChannel("vabca").isKnown()).isTrue();
        assertThat(new TopUpChannel("qris").isKnown()).isFalse();
        assertThatThrownBy(() -> new TopUpChannel(" ")).isInstanceOf(InvalidTopUpException.class);
    }

    @Test
    void theStringFormMasksThePhoneNumber() {
        assertThat(requested().toString()).contains("0812******90").doesNotContain("081234567890");
    }
}
