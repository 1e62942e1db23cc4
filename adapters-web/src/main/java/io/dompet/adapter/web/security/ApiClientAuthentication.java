package io.dompet.adapter.web.security;

import java.util.List;
import java.util.Objects;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An API client authenticated by its API key. The principal is the client's configured name; the key itself is
 * not kept, so it cannot leak through the security context.
 */
public final class ApiClientAuthentication extends AbstractAuthenticationToken {

    /** The authority every API client has. */
    public static final String API_CLIENT_AUTHORITY = "ROLE_API_CLIENT";

    private final String clientName;

    public ApiClientAuthentication(String clientName) {
        super(List.of(new SimpleGrantedAuthority(API_CLIENT_AUTHORITY)));
        this.clientName = Objects.requireNonNull(clientName, "clientName must not be null");
        setAuthenticated(true);
    }

    /** The configured client name. */
    @Override
    public String getPrincipal() {
        return clientName;
    }

    /** Always null: the key is not kept after authentication. */
    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiClientAuthentication that && super.equals(that) && clientName.equals(that.clientName);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + clientName.hashCode();
    }
}
