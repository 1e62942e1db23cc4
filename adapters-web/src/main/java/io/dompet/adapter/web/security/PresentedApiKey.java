package io.dompet.adapter.web.security;

import java.util.List;
import java.util.Objects;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * An API key as a request presented it, not yet checked: the input of {@link ApiKeyAuthenticationProvider}.
 * Spring Security prints credentials as {@code [PROTECTED]}, and the provider manager erases them after use.
 */
final class PresentedApiKey extends AbstractAuthenticationToken {

    private String key;

    PresentedApiKey(String key) {
        super(List.of());
        this.key = Objects.requireNonNull(key);
        setAuthenticated(false);
    }

    /** Nobody yet: the key has not been checked. */
    @Override
    public Object getPrincipal() {
        return "";
    }

    @Override
    public String getCredentials() {
        return key;
    }

    @Override
    public void eraseCredentials() {
        super.eraseCredentials();
        key = null;
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
