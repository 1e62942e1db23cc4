package io.dompet.bootstrap.properties;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dompet.api.*}: who may call {@code /api/**}. {@code keys} maps a client name to the lowercase hex SHA-256
 * digest of its API key ({@code dompet.api.keys.backoffice=…}, or {@code DOMPET_API_KEYS_BACKOFFICE=…}); the keys
 * themselves are never configured, so a leaked configuration leaks no key.
 */
@ConfigurationProperties("dompet.api")
public record ApiProperties(@DefaultValue Map<String, String> keys) {
}
