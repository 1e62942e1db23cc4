package io.dompet.adapter.finpay.topupwidget;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.adapter.finpay.signature.HexCase;
import io.dompet.adapter.finpay.signature.TopUpWidgetSigner;
import io.dompet.adapter.finpay.transport.JsonAnswers;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The bodies sent carry exactly the fields that were signed, under Finpay's names, and the signature of them. */
class WireMessagesTest {

    static final TopUpWidgetSigner SIGNER = new TopUpWidgetSigner("test-secret", HexCase.UPPER);

    @Test
    void theWidgetBodySentIsTheSignedFieldsPlusTheirSignature() {
        WidgetTopUpRequest request = WidgetTopUpRequest.signed("08111008696", "20240814165151", "widgetTopUp",
                "TOKEN123", "202408141651512476", SIGNER);

        assertThat(sentFields(request)).isEqualTo(withSignature(request.signedFields(), request.signature()));
        assertThat(request.signature()).isEqualTo(SIGNER.sign(request.signedFields()));
        assertThat(request.signedFields()).containsOnlyKeys("phoneNumber", "reqDtime", "requestType", "tokenID",
                "transNumber");
    }

    @Test
    void theGetTokenBodySentIsTheSignedFieldsPlusTheirSignature() {
        GetTokenRequest request = GetTokenRequest.signed("20240814165151", "202408141651512476", SIGNER);

        assertThat(sentFields(request)).isEqualTo(withSignature(request.signedFields(), request.signature()));
        assertThat(request.signature()).isEqualTo(SIGNER.sign(request.signedFields()));
        assertThat(request.requestType()).isEqualTo("getToken");
    }

    @Test
    void theWireMessagesNeverShowTheTokenTheSignatureOrTheFullNumber() {
        WidgetTopUpRequest widget = WidgetTopUpRequest.signed("08111008696", "20240814165151", "widgetTopUp",
                "TOKEN123", "T1", SIGNER);
        GetTokenRequest token = GetTokenRequest.signed("20240814165151", "T2", SIGNER);

        assertThat(widget.toString()).doesNotContain("TOKEN123", widget.signature(), "08111008696").contains("0811*****96");
        assertThat(token.toString()).doesNotContain(token.signature());
        assertThat(new GetTokenResponse("000", "Success", "TOKEN123", "24-AUG-24 16:23:30").toString())
                .doesNotContain("TOKEN123");
    }

    private static Map<String, String> sentFields(Object request) {
        JsonNode json = JsonAnswers.COMPACT_LENIENT.readTree(JsonAnswers.COMPACT_LENIENT.writeValueAsBytes(request));
        Map<String, String> fields = new LinkedHashMap<>();
        json.properties().forEach(field -> fields.put(field.getKey(), field.getValue().stringValue()));
        return fields;
    }

    private static Map<String, String> withSignature(Map<String, String> fields, String signature) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("signature", signature);
        return all;
    }
}
