package io.dompet.autoconfigure.properties;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dompet.api.*}: who may call {@code /api/**}. {@code keys} maps a client name to the lowercase hex SHA-256
 * digest of its API key ({@code dompet.api.keys.backoffice=…}, or {@code DOMPET_API_KEYS_BACKOFFICE=…}); the keys
 * themselves are never configured, so a leaked configuration leaks no key. {@code clients.<name>.roles} gives a
 * client roles beyond calling the API ({@code operator}: review top-ups and notification conflicts); none by default.
 */
@ConfigurationProperties("dompet.api")
public record ApiProperties(@DefaultValue Map<String, String> keys, @DefaultValue Map<String, Client> clients) {

    /** What a client may do beyond calling the API. */
    public record Client(@DefaultValue List<String> roles) {
    }

    /** Client name → its configured roles. */
    public Map<String, List<String>> rolesByClient() {
        Map<String, List<String>> roles = new TreeMap<>();
        clients.forEach((name, client) -> roles.put(name, client.roles()));
        return roles;
    }
}
