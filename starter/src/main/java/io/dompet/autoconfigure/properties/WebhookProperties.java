package io.dompet.autoconfigure.properties;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dompet.webhooks.<name>.*}: the merchant's webhook endpoints. Each has a {@code url} to POST events to, a
 * {@code secret} ({@code whsec_} and a base64 key of 24 to 64 bytes) to sign them with, and optionally the
 * {@code types} of event it takes (all when unset). Checked at start-up ({@code WebhookConfiguration}).
 *
 * @param webhooks the endpoints by name
 */
@ConfigurationProperties("dompet")
public record WebhookProperties(Map<String, Endpoint> webhooks) {

    public static final String PREFIX = "dompet.webhooks";

    public WebhookProperties {
        webhooks = webhooks == null ? Map.of() : Map.copyOf(webhooks);
    }

    /**
     * One endpoint.
     *
     * @param url    where to POST
     * @param secret the Standard Webhooks secret; never logged
     * @param types  the event types it takes, e.g. {@code top_up.succeeded}; all when empty
     */
    public record Endpoint(@Nullable String url, @Nullable String secret, @Nullable List<String> types) {

        @Override
        public String toString() {
            return "Endpoint[url=" + url + ", secret=" + (secret == null ? null : "(hidden)") + ", types=" + types + "]";
        }
    }
}
