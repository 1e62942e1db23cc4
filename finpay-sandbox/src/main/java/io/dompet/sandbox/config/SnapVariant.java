package io.dompet.sandbox.config;

import java.util.Objects;

/**
 * Which answer to SNAP's open questions the sandbox plays (PROTOCOL.md §1, §5); each defaults to what dompet does by
 * default, so dompet set like the sandbox succeeds and set differently meets Finpay's refusal.
 *
 * @param signatureEncoding   how the {@code X-SIGNATURE} HMAC is written ({@link SignatureEncoding#BASE64})
 * @param originalReferenceNo how a status inquiry whose Finpay reference is unknown must send
 *                            {@code originalReferenceNo} ({@link OriginalReferenceNo#OMIT}, as dompet leaves it
 *                            out by default); the other form is refused, 400xx02 (omitted) or 400xx01 ({@code ""})
 * @param topUpReferenceNo    whether a top-up's success answer carries {@code referenceNo} ({@link AnswerField#INCLUDE})
 * @param tokenExpiresIn      whether the access token answer carries {@code expiresIn} ({@link AnswerField#INCLUDE})
 * @param feeAmount           how the account inquiry writes {@code feeAmount.value} ({@link AmountFormat#DECIMAL},
 *                            {@code "1000.00"}); the top-up must echo it exactly as answered, else 400xx01
 */
public record SnapVariant(SignatureEncoding signatureEncoding, OriginalReferenceNo originalReferenceNo,
                          AnswerField topUpReferenceNo, AnswerField tokenExpiresIn, AmountFormat feeAmount) {

    public SnapVariant {
        Objects.requireNonNull(signatureEncoding, "signatureEncoding");
        Objects.requireNonNull(originalReferenceNo, "originalReferenceNo");
        Objects.requireNonNull(topUpReferenceNo, "topUpReferenceNo");
        Objects.requireNonNull(tokenExpiresIn, "tokenExpiresIn");
        Objects.requireNonNull(feeAmount, "feeAmount");
    }

    /** Base64 signatures, an unknown reference left out, every answer field included, decimal fees. */
    public static SnapVariant defaults() {
        return new SnapVariant(SignatureEncoding.BASE64, OriginalReferenceNo.OMIT, AnswerField.INCLUDE,
                AnswerField.INCLUDE, AmountFormat.DECIMAL);
    }

    public SnapVariant withSignatureEncoding(SignatureEncoding signatureEncoding) {
        return new SnapVariant(signatureEncoding, originalReferenceNo, topUpReferenceNo, tokenExpiresIn, feeAmount);
    }

    public SnapVariant withOriginalReferenceNo(OriginalReferenceNo originalReferenceNo) {
        return new SnapVariant(signatureEncoding, originalReferenceNo, topUpReferenceNo, tokenExpiresIn, feeAmount);
    }

    public SnapVariant withTopUpReferenceNo(AnswerField topUpReferenceNo) {
        return new SnapVariant(signatureEncoding, originalReferenceNo, topUpReferenceNo, tokenExpiresIn, feeAmount);
    }

    public SnapVariant withTokenExpiresIn(AnswerField tokenExpiresIn) {
        return new SnapVariant(signatureEncoding, originalReferenceNo, topUpReferenceNo, tokenExpiresIn, feeAmount);
    }

    public SnapVariant withFeeAmount(AmountFormat feeAmount) {
        return new SnapVariant(signatureEncoding, originalReferenceNo, topUpReferenceNo, tokenExpiresIn, feeAmount);
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
}
