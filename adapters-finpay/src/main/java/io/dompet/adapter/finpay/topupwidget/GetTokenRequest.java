package io.dompet.adapter.finpay.topupwidget;

import io.dompet.adapter.finpay.signature.TopUpWidgetSigner;
import java.util.Map;

/** Body of {@code POST /security/getToken}. Never shows the signature. */
record GetTokenRequest(String reqDtime, String requestType, String transNumber, String signature) {

    static final String REQUEST_TYPE = "getToken";

    /** The request, signed over exactly the field values it carries. */
    static GetTokenRequest signed(String reqDtime, String transNumber, TopUpWidgetSigner signer) {
        GetTokenRequest unsigned = new GetTokenRequest(reqDtime, REQUEST_TYPE, transNumber, "");
        return new GetTokenRequest(reqDtime, REQUEST_TYPE, transNumber, signer.sign(unsigned.signedFields()));
    }

    /** Every body field but {@code signature}, by its JSON name. */
    Map<String, String> signedFields() {
        return Map.of("reqDtime", reqDtime, "requestType", requestType, "transNumber", transNumber);
    }

    @Override
    public String toString() {
        return "GetTokenRequest[reqDtime=" + reqDtime + ", requestType=" + requestType + ", transNumber=" + transNumber
                + ", signature=(redacted)]";
    }
}
