package io.dompet.adapter.web.security;

import java.util.Objects;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/** Checks a {@link PresentedApiKey} against the configured {@link ApiKeys}. */
final class ApiKeyAuthenticationProvider implements AuthenticationProvider {

    private final ApiKeys apiKeys;

    ApiKeyAuthenticationProvider(ApiKeys apiKeys) {
        this.apiKeys = Objects.requireNonNull(apiKeys);
    }

    /**
     * The {@link ApiClientAuthentication} of the client whose key was presented.
     *
     * @throws BadCredentialsException when no client has this key; the message does not repeat the key
     */
    @Override
    public Authentication authenticate(Authentication authentication) {
        String presentedKey = ((PresentedApiKey) authentication).getCredentials();
        return apiKeys.clientFor(presentedKey)
                .map(client -> new ApiClientAuthentication(client, apiKeys.rolesOf(client)))
                .orElseThrow(() -> new BadCredentialsException("unknown API key"));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return PresentedApiKey.class.isAssignableFrom(authentication);
    }
}
