package io.dompet.adapter.finpay.snap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dompet.domain.topup.PartnerReferenceNo;
import org.junit.jupiter.api.Test;

class InquiryReferenceTest {

    static final PartnerReferenceNo TOP_UP = new PartnerReferenceNo("DP261201000000000001");

    @Test
    void own_is_the_top_ups_reference_with_a_letter_that_no_reference_of_dompets_ends_in() {
        String inquiry = InquiryReference.OWN.inquiryReferenceOf(TOP_UP);

        assertThat(inquiry).isEqualTo("DP261201000000000001I").matches("[A-Za-z0-9]{1,64}")
                .isNotEqualTo(TOP_UP.value()).doesNotMatch("DP[0-9]+");
        assertThat(new PartnerReferenceNo(inquiry)).isNotEqualTo(TOP_UP);
    }

    @Test
    void own_is_the_same_for_the_same_top_up_and_differs_between_top_ups() {
        assertThat(InquiryReference.OWN.inquiryReferenceOf(new PartnerReferenceNo("DP261201000000000001")))
                .isEqualTo(InquiryReference.OWN.inquiryReferenceOf(TOP_UP))
                .isNotEqualTo(InquiryReference.OWN.inquiryReferenceOf(new PartnerReferenceNo("DP261201000000000002")));
    }

    @Test
    void own_fits_up_to_a_63_character_reference_and_refuses_a_longer_one() {
        assertThat(InquiryReference.OWN.inquiryReferenceOf(new PartnerReferenceNo("D".repeat(63)))).hasSize(64);
        assertThatThrownBy(() -> InquiryReference.OWN.inquiryReferenceOf(new PartnerReferenceNo("D".repeat(64))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shared_is_the_top_ups_own_reference() {
        assertThat(InquiryReference.SHARED.inquiryReferenceOf(TOP_UP)).isEqualTo(TOP_UP.value());
    }
}
