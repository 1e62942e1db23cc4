package io.dompet.adapter.finpay.snap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dompet.domain.topup.PartnerReferenceNo;
import org.junit.jupiter.api.Test;

class InquiryReferenceTest {

    static final PartnerReferenceNo TOP_UP = new PartnerReferenceNo("DP261201000000000001");

    @Test
    void ownIsTheTopUpsReferenceWithALetterThatNoReferenceOfDompetsEndsIn() {
        String inquiry = InquiryReference.OWN.inquiryReferenceOf(TOP_UP);

        assertThat(inquiry).isEqualTo("DP261201000000000001I").matches("[A-Za-z0-9]{1,64}")
                .isNotEqualTo(TOP_UP.value()).doesNotMatch("DP[0-9]+");
        assertThat(new PartnerReferenceNo(inquiry)).isNotEqualTo(TOP_UP);
    }

    @Test
    void ownIsTheSameForTheSameTopUpAndDiffersBetweenTopUps() {
        assertThat(InquiryReference.OWN.inquiryReferenceOf(new PartnerReferenceNo("DP261201000000000001")))
                .isEqualTo(InquiryReference.OWN.inquiryReferenceOf(TOP_UP))
                .isNotEqualTo(InquiryReference.OWN.inquiryReferenceOf(new PartnerReferenceNo("DP261201000000000002")));
    }

    @Test
    void ownFitsUpToA63CharacterReferenceAndRefusesALongerOne() {
        assertThat(InquiryReference.OWN.inquiryReferenceOf(new PartnerReferenceNo("D".repeat(63)))).hasSize(64);
        assertThatThrownBy(() -> InquiryReference.OWN.inquiryReferenceOf(new PartnerReferenceNo("D".repeat(64))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sharedIsTheTopUpsOwnReference() {
        assertThat(InquiryReference.SHARED.inquiryReferenceOf(TOP_UP)).isEqualTo(TOP_UP.value());
    }
}
