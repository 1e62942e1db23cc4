package io.dompet.sandbox.config;

import java.util.Objects;

/**
 * Which answer to SNAP's open questions the sandbox plays (PROTOCOL.md §1, §5); each defaults to what dompet does by
 * default, so dompet set like the sandbox succeeds and set differently meets Finpay's refusal.
 *
 * @param signatureEncoding   how the {@code X-SIGNATURE} HMAC is written ({@link SignatureEncoding#BASE64})
 * @param originalReferenceNo how a status inquiry whose Finpay reference is unknown must send
 *                            {@code originalReferenceNo} ({@link OriginalReferenceNo#EMPTY}, as dompet sends
 *                            {@code ""}); the other form is refused, 400xx02 (omitted) or 400xx01 ({@code ""})
 * @param topUpReferenceNo    whether a top-up's success answer carries {@code referenceNo} ({@link AnswerField#INCLUDE})
 * @param tokenExpiresIn      whether the access token answer carries {@code expiresIn} ({@link AnswerField#INCLUDE})
 */
public record SnapVariant(SignatureEncoding signatureEncoding, OriginalReferenceNo originalReferenceNo,
                          AnswerField topUpReferenceNo, AnswerField tokenExpiresIn) {

    public SnapVariant {
        Objects.requireNonNull(signatureEncoding, "signatureEncoding");
        Objects.requireNonNull(originalReferenceNo, "originalReferenceNo");
        Objects.requireNonNull(topUpReferenceNo, "topUpReferenceNo");
        Objects.requireNonNull(tokenExpiresIn, "tokenExpiresIn");
    }

    /** Base64 signatures, {@code ""} for an unknown reference, every answer field included. */
    public static SnapVariant defaults() {
        return new SnapVariant(SignatureEncoding.BASE64, OriginalReferenceNo.EMPTY, AnswerField.INCLUDE,
                AnswerField.INCLUDE);
    }

    public SnapVariant withSignatureEncoding(SignatureEncoding signatureEncoding) {
        return new SnapVariant(signatureEncoding, originalReferenceNo, topUpReferenceNo, tokenExpiresIn);
    }

    public SnapVariant withOriginalReferenceNo(OriginalReferenceNo originalReferenceNo) {
        return new SnapVariant(signatureEncoding, originalReferenceNo, topUpReferenceNo, tokenExpiresIn);
    }

    public SnapVariant withTopUpReferenceNo(AnswerField topUpReferenceNo) {
        return new SnapVariant(signatureEncoding, originalReferenceNo, topUpReferenceNo, tokenExpiresIn);
    }

    public SnapVariant withTokenExpiresIn(AnswerField tokenExpiresIn) {
        return new SnapVariant(signatureEncoding, originalReferenceNo, topUpReferenceNo, tokenExpiresIn);
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
