package io.dompet.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dompet.autoconfigure.StartupConfigurationCheck.InvalidConfigurationException;
import io.dompet.autoconfigure.properties.WebhookProperties;
import io.dompet.autoconfigure.webhook.WebhookEndpoint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code dompet.webhooks.<name>.*} is checked at start-up: one report naming each bad property, never a value. */
class WebhookConfigurationTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @Test
    void aWellFormedEndpointIsAccepted() {
        Map<String, WebhookEndpoint> endpoints = WebhookConfiguration.endpoints(new WebhookProperties(Map.of("shop",
                new WebhookProperties.Endpoint("https://shop.example/hooks", SECRET, List.of("top_up.succeeded")))));

        assertThat(endpoints).containsOnlyKeys("shop");
        assertThat(endpoints.get("shop").url()).hasToString("https://shop.example/hooks");
    }

    @Test
    void everyBadPropertyIsNamedInOneReportThatQuotesNoSecret() {
        String badSecret = "whsec_c2hvcnQtc2VjcmV0";
        WebhookProperties properties = new WebhookProperties(Map.of(
                "shop", new WebhookProperties.Endpoint("ftp://shop.example", badSecret, List.of("top_up.exploded")),
                "other", new WebhookProperties.Endpoint(null, null, null)));

        assertThatThrownBy(() -> WebhookConfiguration.endpoints(properties))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("dompet.webhooks.shop.url must be an absolute http(s) URL")
                .hasMessageContaining("dompet.webhooks.shop.secret must hold a key of 24 to 64 bytes")
                .hasMessageContaining("dompet.webhooks.shop.types names an unknown event type")
                .hasMessageContaining("dompet.webhooks.other.url")
                .hasMessageContaining("dompet.webhooks.other.secret must be set")
                .hasMessageNotContaining(badSecret)
                .hasMessageNotContaining("c2hvcnQtc2VjcmV0")
                .satisfies(e -> assertThat(((InvalidConfigurationException) e).properties()).containsExactly(
                        "dompet.webhooks.other.url", "dompet.webhooks.other.secret", "dompet.webhooks.shop.url",
                        "dompet.webhooks.shop.secret", "dompet.webhooks.shop.types"));
    }

    @Test
    void anEndpointNameThatCannotBeAFilterIsRefused() {
        assertThatThrownBy(() -> WebhookConfiguration.endpoints(new WebhookProperties(Map.of("Shop_A",
                new WebhookProperties.Endpoint("https://shop.example/hooks", SECRET, null)))))
                .hasMessageContaining("dompet.webhooks.Shop_A: the name must be 1 to 64 lowercase letters");
    }
}
