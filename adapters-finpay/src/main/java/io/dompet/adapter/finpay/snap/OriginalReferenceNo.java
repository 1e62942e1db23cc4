package io.dompet.adapter.finpay.snap;

import org.jspecify.annotations.Nullable;

/**
 * How the status inquiry (service 39) sends {@code originalReferenceNo} while Finpay's {@code referenceNo} of the
 * top-up is unknown (e.g. after a timeout); a known one is always sent. SNAP marks the field optional (conditional
 * on the reference being known), so a strict validator is more likely to refuse {@code ""} as a bad format than to
 * miss a field it does not require: {@link #OMIT} is the default ({@code docs/finpay.md} says why).
 */
public enum OriginalReferenceNo {

    /** Leave the field out of the body. The default. */
    OMIT,
    /** Send {@code "originalReferenceNo":""}, as dompet did before this switch existed. */
    EMPTY;

    /** The property that chooses it, for log lines that name the switch. */
    public static final String PROPERTY = "dompet.finpay.snap.original-reference-no";

    /** The value to send for Finpay's reference {@code known}, or {@code null} to leave the field out. */
    @Nullable String wireValue(@Nullable String known) {
        if (known != null && !known.isBlank()) {
            return known;
        }
        return this == OMIT ? null : "";
    }
}
