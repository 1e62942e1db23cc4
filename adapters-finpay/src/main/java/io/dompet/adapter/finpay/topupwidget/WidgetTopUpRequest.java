package io.dompet.adapter.finpay.topupwidget;

import io.dompet.adapter.finpay.signature.TopUpWidgetSigner;
import io.dompet.domain.shared.DomainValidationException;
import io.dompet.domain.shared.PhoneNumber;
import java.util.Map;

/** Body of {@code POST /widget/topup} ("Request Get Widget"). Never shows the token or the signature; masks the phone. */
record WidgetTopUpRequest(String phoneNumber, String reqDtime, String requestType, String signature, String tokenID,
                          String transNumber) {

    /** The request, signed over exactly the field values it carries. */
    static WidgetTopUpRequest signed(String phoneNumber, String reqDtime, String requestType, String tokenID,
                                     String transNumber, TopUpWidgetSigner signer) {
        WidgetTopUpRequest unsigned = new WidgetTopUpRequest(phoneNumber, reqDtime, requestType, "", tokenID, transNumber);
        return new WidgetTopUpRequest(phoneNumber, reqDtime, requestType, signer.sign(unsigned.signedFields()), tokenID,
                transNumber);
    }

    /** Every body field but {@code signature}, by its JSON name. */
    Map<String, String> signedFields() {
        return Map.of("phoneNumber", phoneNumber, "reqDtime", reqDtime, "requestType", requestType, "tokenID", tokenID,
                "transNumber", transNumber);
    }

    /** The phone masked as {@link PhoneNumber#masked()} does, the one masking rule; {@code (masked)} if it is no number. */
    @Override
    public String toString() {
        String masked;
        try {
            masked = PhoneNumber.parse(phoneNumber).masked();
        } catch (DomainValidationException notANumber) {
            masked = "(masked)";
        }
        return "WidgetTopUpRequest[phoneNumber=" + masked + ", reqDtime=" + reqDtime + ", requestType=" + requestType
                + ", signature=(redacted), tokenID=(redacted), transNumber=" + transNumber + "]";
    }
}
