package io.dompet.autoconfigure.webhook;

import java.net.URI;
import java.util.Objects;

/**
 * A configured webhook endpoint: where to POST, and how to sign.
 *
 * @param name      its name under {@code dompet.webhooks}
 * @param url       where to POST
 * @param signature its secret's signer
 */
public record WebhookEndpoint(String name, URI url, WebhookSignature signature) {

    public WebhookEndpoint {
        Objects.requireNonNull(name);
        Objects.requireNonNull(url);
        Objects.requireNonNull(signature);
    }

    @Override
    public String toString() {
        return "WebhookEndpoint[" + name + "]";
    }
}
