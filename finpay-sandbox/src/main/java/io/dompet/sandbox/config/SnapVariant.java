package io.dompet.sandbox.config;

import java.util.Objects;

/**
 * Which answer to SNAP's open questions the sandbox plays (PROTOCOL.md §1, §5); each defaults to what dompet does by
 * default, so dompet set like the sandbox succeeds and set differently meets Finpay's refusal ({@code
 * referenceUniqueness}, which no dompet switch mirrors, defaults to the strictest plausible Finpay).
 *
 * @param signatureEncoding   how the {@code X-SIGNATURE} HMAC is written ({@link SignatureEncoding#BASE64})
 * @param originalReferenceNo how a status inquiry whose Finpay reference is unknown must send
 *                            {@code originalReferenceNo} ({@link OriginalReferenceNo#OMIT}, as dompet leaves it
 *                            out by default); the other form is refused, 400xx02 (omitted) or 400xx01 ({@code ""})
 * @param topUpReferenceNo    whether a top-up's success answer carries {@code referenceNo} ({@link AnswerField#INCLUDE})
 * @param tokenExpiresIn      whether the access token answer carries {@code expiresIn} ({@link AnswerField#INCLUDE})
 * @param feeAmount           how the account inquiry writes {@code feeAmount.value} ({@link AmountFormat#DECIMAL},
 *                            {@code "1000.00"}); the top-up must echo it exactly as answered, else 400xx01
 * @param referenceUniqueness where a {@code partnerReferenceNo} must be unique (PROTOCOL.md §5 question 5; not a dompet
 *                            switch but Finpay's behaviour, which dompet's {@code inquiry-reference} has to meet):
 *                            {@link ReferenceUniqueness#ACROSS_SERVICES}, the stricter, by default
 */
public record SnapVariant(SignatureEncoding signatureEncoding, OriginalReferenceNo originalReferenceNo,
                          AnswerField topUpReferenceNo, AnswerField tokenExpiresIn, AmountFormat feeAmount,
                          ReferenceUniqueness referenceUniqueness) {

    public SnapVariant {
        Objects.requireNonNull(signatureEncoding, "signatureEncoding");
        Objects.requireNonNull(originalReferenceNo, "originalReferenceNo");
        Objects.requireNonNull(topUpReferenceNo, "topUpReferenceNo");
        Objects.requireNonNull(tokenExpiresIn, "tokenExpiresIn");
        Objects.requireNonNull(feeAmount, "feeAmount");
        Objects.requireNonNull(referenceUniqueness, "referenceUniqueness");
    }

    /**
     * Base64 signatures, an unknown reference left out, every answer field included, decimal fees, references unique
     * across services.
     */
    public static SnapVariant defaults() {
        return new SnapVariant(SignatureEncoding.BASE64, OriginalReferenceNo.OMIT, AnswerField.INCLUDE,
                AnswerField.INCLUDE, AmountFormat.DECIMAL, ReferenceUniqueness.ACROSS_SERVICES);
    }

    public SnapVariant withSignatureEncoding(SignatureEncoding signatureEncoding) {
        return new SnapVariant(signatureEncoding, originalReferenceNo, topUpReferenceNo, tokenExpiresIn, feeAmount,
                referenceUniqueness);
    }

    public SnapVariant withOriginalReferenceNo(OriginalReferenceNo originalReferenceNo) {
        return new SnapVariant(signatureEncoding, originalReferenceNo, topUpReferenceNo, tokenExpiresIn, feeAmount,
                referenceUniqueness);
    }

    public SnapVariant withTopUpReferenceNo(AnswerField topUpReferenceNo) {
        return new SnapVariant(signatureEncoding, originalReferenceNo, topUpReferenceNo, tokenExpiresIn, feeAmount,
                referenceUniqueness);
    }

    public SnapVariant withTokenExpiresIn(AnswerField tokenExpiresIn) {
        return new SnapVariant(signatureEncoding, originalReferenceNo, topUpReferenceNo, tokenExpiresIn, feeAmount,
                referenceUniqueness);
    }

    public SnapVariant withFeeAmount(AmountFormat feeAmount) {
        return new SnapVariant(signatureEncoding, originalReferenceNo, topUpReferenceNo, tokenExpiresIn, feeAmount,
                referenceUniqueness);
    }

    public SnapVariant withReferenceUniqueness(ReferenceUniqueness referenceUniqueness) {
        return new SnapVariant(signatureEncoding, originalReferenceNo, topUpReferenceNo, tokenExpiresIn, feeAmount,
                referenceUniqueness);
    }

    /** How an amount's {@code value} is written. */
    public enum AmountFormat {
        /** Two decimals, {@code "1000.00"}. */
        DECIMAL,
        /** Whole rupiah, {@code "1000"}. */
        INTEGER
    }

    /** How a status inquiry must carry an unknown Finpay reference. */
    public enum OriginalReferenceNo {
        /** {@code "originalReferenceNo":""}; an omitted field is refused 400xx02. */
        EMPTY,
        /** The field omitted; {@code ""} is refused 400xx01. */
        OMIT
    }

    /** Whether an answer carries a field Finpay's standard marks optional. */
    public enum AnswerField {
        INCLUDE,
        OMIT
    }

    /**
     * Where a {@code partnerReferenceNo} must be unique: Finpay's pages do not say whether the account inquiry's
     * reference and the top-up's live in one space. A top-up's reference is used once either way.
     */
    public enum ReferenceUniqueness {
        /** Each service has its own: a top-up may reuse the reference an account inquiry sent. */
        PER_SERVICE,
        /**
         * One space for every service: a top-up whose reference an account inquiry already sent is refused, 409
         * {@code 4093801 Duplicate partnerReferenceNo}, and nothing is recorded or credited. The default.
         */
        ACROSS_SERVICES
    }
}
