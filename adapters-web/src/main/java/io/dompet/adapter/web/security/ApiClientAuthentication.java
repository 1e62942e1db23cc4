package io.dompet.adapter.web.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Objects;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An API client authenticated by its API key. The principal is the client's configured name; the key itself is
 * not kept, so it cannot leak through the security context.
 */
public final class ApiClientAuthentication extends AbstractAuthenticationToken {

    /** The authority every API client has. */
    public static final String API_CLIENT_AUTHORITY = "ROLE_API_CLIENT";
    /** The authority of a client with the {@value ApiKeys#OPERATOR} role. */
    public static final String OPERATOR_AUTHORITY = "ROLE_OPERATOR";

    private final String clientName;

    public ApiClientAuthentication(String clientName) {
        this(clientName, Set.of());
    }

    /** A client with {@code roles} ({@link ApiKeys#ROLES}) besides being an API client. */
    public ApiClientAuthentication(String clientName, Set<String> roles) {
        super(authorities(roles));
        this.clientName = Objects.requireNonNull(clientName, "clientName must not be null");
        setAuthenticated(true);
    }

    private static List<GrantedAuthority> authorities(Set<String> roles) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(API_CLIENT_AUTHORITY));
        roles.stream().sorted().forEach(role -> authorities.add(
                new SimpleGrantedAuthority("ROLE_" + role.toUpperCase(Locale.ROOT))));
        return authorities;
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
