package io.dompet.adapter.finpay.snap;

import io.dompet.domain.topup.PartnerReferenceNo;

/**
 * Which {@code partnerReferenceNo} the account inquiry (service 37) sends for a top-up (service 38), whose
 * {@code partnerReferenceNo} the status inquiry (service 39) names as {@code originalPartnerReferenceNo}.
 */
public enum InquiryReference {

    /**
     * The inquiry's own reference: the top-up's followed by {@value #SUFFIX}. Deterministic and unique per top-up,
     * letters and digits, and never any top-up's reference (dompet's end in a digit), so a status inquiry about a
     * top-up can never be answered about an inquiry. The default.
     */
    OWN,
    /** The top-up's own reference, as dompet sent it before this switch existed. */
    SHARED;

    /** The property that chooses it, for log lines that name the switch. */
    public static final String PROPERTY = "dompet.finpay.snap.inquiry-reference";
    /** What {@link #OWN} appends to the top-up's reference. */
    public static final String SUFFIX = "I";
    private static final int MAX_LENGTH = 64;

    /**
     * The account inquiry's {@code partnerReferenceNo} for the top-up {@code topUp}.
     *
     * @throws IllegalArgumentException if {@link #OWN} and {@code topUp} already has the 64 characters Finpay allows
     *                                  (dompet's own references are far shorter)
     */
    public String inquiryReferenceOf(PartnerReferenceNo topUp) {
        if (this == SHARED) {
            return topUp.value();
        }
        if (topUp.value().length() + SUFFIX.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("partnerReferenceNo " + topUp.value() + " leaves no room for the"
                    + " inquiry's own reference (at most " + MAX_LENGTH + " characters)");
        }
        return topUp.value() + SUFFIX;
    }
}
