package io.dompet.autoconfigure.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Known answers of the Standard Webhooks signature, made with openssl, not with dompet:
 * <pre>
 * # the scheme's own published example (https://github.com/standard-webhooks/standard-webhooks, spec and libraries)
 * KEY=MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
 * printf '%s' 'msg_p5jXN8AQM9LWM0D4loKWxJek.1614265330.{"test": 2432232314}' \
 *   | openssl dgst -sha256 -mac HMAC -macopt hexkey:$(printf '%s' $KEY | base64 -d | od -An -tx1 | tr -d ' \n') -binary | base64
 * # an event body with a non-ASCII character (UTF-8); the key is the 32 bytes 'dompet-webhook-test-key-32-bytes'
 * printf '%s' 'evt_0123456789abcdef0123456789abcdef.1764560000.{"id":"evt_0123456789abcdef0123456789abcdef","type":"top_up.succeeded","data":{"customerNumber":"0812******90","customerName":"Dé Wi"}}' \
 *   | openssl dgst -sha256 -mac HMAC -macopt hexkey:$(printf '%s' 'dompet-webhook-test-key-32-bytes' | od -An -tx1 | tr -d ' \n') -binary | base64
 * </pre>
 */
class WebhookSignatureTest {

    @Test
    void signsTheStandardWebhooksPublishedExampleAsItsLibrariesDo() {
        WebhookSignature signature = WebhookSignature.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

        assertThat(signature.sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}"))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void signsAnEventBodyAsUtf8() {
        WebhookSignature signature = WebhookSignature.of("whsec_ZG9tcGV0LXdlYmhvb2stdGVzdC1rZXktMzItYnl0ZXM=");
        String id = "evt_0123456789abcdef0123456789abcdef";

        assertThat(signature.sign(id, 1764560000, "{\"id\":\"" + id + "\",\"type\":\"top_up.succeeded\",\"data\":"
                + "{\"customerNumber\":\"0812******90\",\"customerName\":\"Dé Wi\"}}"))
                .isEqualTo("v1,InkCITCOyMV9n6LuBgoS7it1cosx2oEkQgSb09tULuQ=");
    }

    @Test
    void aSecretWithoutThePrefixOrWithAShortKeyIsRefusedWithoutQuotingIt() {
        assertThatThrownBy(() -> WebhookSignature.of("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
                .hasMessage("must start with whsec_");
        assertThatThrownBy(() -> WebhookSignature.of("whsec_c2hvcnQ="))
                .hasMessage("must hold a key of 24 to 64 bytes (it holds 5)");
        assertThatThrownBy(() -> WebhookSignature.of("whsec_not base64!"))
                .hasMessageNotContaining("not base64!");
    }
}
