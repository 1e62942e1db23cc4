package io.dompet.adapter.web.security;

import io.dompet.domain.topup.ApiClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The API keys this instance accepts, one per client, kept only as SHA-256 digests.
 *
 * <p>Configured as {@code dompet.api.keys.<client-name>=<sha256-hex of the key>}; bootstrap binds that map and calls
 * {@link #of(Map, boolean)}. In sandbox mode the documented key {@value #SANDBOX_KEY} is accepted as well, as client
 * {@value #SANDBOX_CLIENT}. Outside sandbox mode at least one key must be configured.
 *
 * <p>{@link #clientFor(String)} hashes the presented key and compares the digest with every configured digest in
 * constant time, without stopping at the first match, so the time taken says nothing about which digest matched or
 * how much of it did. Neither keys nor digests ever appear in messages or in {@link #toString()}.
 */
public final class ApiKeys {

    /** The key accepted in sandbox mode only. Documented, hence never a secret. */
    public static final String SANDBOX_KEY = "dompet-sandbox-key";
    /** The client name of requests made with {@link #SANDBOX_KEY}. */
    public static final String SANDBOX_CLIENT = "sandbox";

    private static final String PROPERTY_PREFIX = "dompet.api.keys.";
    /**
     * How many keys one client may have at once: two while a key is rotated (the new one added, clients moved over,
     * the old one removed), with room for a third.
     */
    public static final int MAX_KEYS_PER_CLIENT = 3;
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");

    /** The role of the API clients that may review top-ups and acknowledge notification conflicts. */
    public static final String OPERATOR = "operator";
    /** The roles a client may be given ({@code dompet.api.clients.<name>.roles}); none by default. */
    public static final Set<String> ROLES = Set.of(OPERATOR);
    private static final String ROLES_PROPERTY = "dompet.api.clients.%s.roles";

    private final List<Client> clients;
    private final boolean sandboxMode;
    private final Map<String, Set<String>> rolesByClient;

    private ApiKeys(List<Client> clients, boolean sandboxMode, Map<String, Set<String>> rolesByClient) {
        this.clients = List.copyOf(clients);
        this.sandboxMode = sandboxMode;
        this.rolesByClient = Map.copyOf(rolesByClient);
    }

    /**
     * These keys, their clients having the roles of {@code rolesByClientName} (client name → role names, from
     * {@code dompet.api.clients.<name>.roles}); a client not named has none.
     *
     * @throws IllegalArgumentException when a role is unknown or a client named has no key; the message names the
     *     property
     */
    public ApiKeys withRoles(Map<String, ? extends Collection<String>> rolesByClientName) {
        Map<String, Set<String>> roles = new TreeMap<>();
        SortedSet<String> names = clientNames();
        for (Map.Entry<String, ? extends Collection<String>> entry : new TreeMap<>(rolesByClientName).entrySet()) {
            String property = ROLES_PROPERTY.formatted(entry.getKey());
            if (!names.contains(entry.getKey())) {
                throw new IllegalArgumentException(property + " names a client without an API key: configure "
                        + PROPERTY_PREFIX + entry.getKey() + " too");
            }
            Set<String> given = new TreeSet<>();
            for (String role : entry.getValue()) {
                String normalized = role == null ? "" : role.strip();
                if (!ROLES.contains(normalized)) {
                    throw new IllegalArgumentException(property + " may list only " + ROLES);
                }
                given.add(normalized);
            }
            roles.put(entry.getKey(), given);
        }
        return new ApiKeys(clients, sandboxMode, roles);
    }

    /** The roles of the client called {@code clientName}; none unless configured. */
    public Set<String> rolesOf(String clientName) {
        return rolesByClient.getOrDefault(clientName, Set.of());
    }

    /**
     * The keys of {@code sha256HexByClientName} (client name → SHA-256 of its key, 64 hex characters, either case;
     * up to {@value #MAX_KEYS_PER_CLIENT} digests separated by commas, so a key can be rotated without downtime), plus
     * {@link #SANDBOX_KEY} in sandbox mode.
     *
     * @throws IllegalArgumentException when a client name or digest is malformed, two clients share a key, a client
     *     is called {@value #SANDBOX_CLIENT} in sandbox mode or {@code legacy} ({@link ApiClient#LEGACY}, the client of
     *     top-ups stored before clients were recorded) in any mode, or no key is configured outside sandbox mode; the
     *     message names the property, never its value
     */
    public static ApiKeys of(Map<String, String> sha256HexByClientName, boolean sandboxMode) {
        Map<String, String> configured = sha256HexByClientName == null ? Map.of() : new TreeMap<>(sha256HexByClientName);
        if (configured.isEmpty() && !sandboxMode) {
            throw new IllegalArgumentException(
                    "no API key configured: set " + PROPERTY_PREFIX + "<client-name>=<sha256-hex of the key>");
        }
        List<Client> clients = new ArrayList<>();
        Map<String, String> clientByDigest = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : configured.entrySet()) {
            String name = entry.getKey();
            if (name == null || !ApiClient.isValidName(name)) {
                throw new IllegalArgumentException("API client names under " + PROPERTY_PREFIX
                        + " must be 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit");
            }
            if (ApiClient.LEGACY.name().equals(name)) {
                throw new IllegalArgumentException(PROPERTY_PREFIX + name + " is reserved for the top-ups stored before "
                        + "dompet recorded API clients: give this client another name");
            }
            if (sandboxMode && SANDBOX_CLIENT.equals(name)) {
                throw new IllegalArgumentException(PROPERTY_PREFIX + SANDBOX_CLIENT
                        + " is reserved for the sandbox key in sandbox mode: give this client another name");
            }
            String digests = entry.getValue();
            List<String> listed = digests == null ? List.of() : List.of(digests.split(",", -1));
            if (listed.isEmpty() || listed.size() > MAX_KEYS_PER_CLIENT) {
                throw new IllegalArgumentException(PROPERTY_PREFIX + name + " must list 1 to " + MAX_KEYS_PER_CLIENT
                        + " SHA-256 digests of keys, separated by commas");
            }
            for (String hex : listed) {
                if (!SHA256_HEX.matcher(hex.strip()).matches()) {
                    throw new IllegalArgumentException(PROPERTY_PREFIX + name
                            + " must be the SHA-256 digest of the key as 64 hex characters");
                }
                String normalized = hex.strip().toLowerCase(Locale.ROOT);
                String sameKeyClient = clientByDigest.putIfAbsent(normalized, name);
                if (sameKeyClient != null) {
                    throw new IllegalArgumentException(sameKeyClient.equals(name)
                            ? PROPERTY_PREFIX + name + " lists the same key twice"
                            : PROPERTY_PREFIX + sameKeyClient + " and " + PROPERTY_PREFIX + name
                                    + " have the same key: give every client its own key");
                }
                clients.add(new Client(name, HexFormat.of().parseHex(normalized)));
            }
        }
        if (sandboxMode) {
            byte[] sandboxDigest = sha256(SANDBOX_KEY);
            String sameKeyClient = clientByDigest.get(HexFormat.of().formatHex(sandboxDigest));
            if (sameKeyClient != null) {
                throw new IllegalArgumentException(PROPERTY_PREFIX + sameKeyClient
                        + " is the documented sandbox key: configure a secret key instead");
            }
            clients.add(new Client(SANDBOX_CLIENT, sandboxDigest));
        }
        return new ApiKeys(clients, sandboxMode, Map.of());
    }

    /**
     * The name of the client whose key is {@code presentedKey}, or empty when no client has that key.
     * Takes the same time whichever client, if any, matches.
     */
    public Optional<String> clientFor(String presentedKey) {
        if (presentedKey == null) {
            return Optional.empty();
        }
        byte[] presented = sha256(presentedKey);
        String match = null;
        for (Client client : clients) {
            boolean equal = MessageDigest.isEqual(presented, client.digest());
            if (equal && match == null) {
                match = client.name();
            }
        }
        return Optional.ofNullable(match);
    }

    /** Whether the sandbox key is accepted. */
    public boolean sandboxMode() {
        return sandboxMode;
    }

    /** The names of the clients that have a key, the sandbox client included in sandbox mode. */
    public SortedSet<String> clientNames() {
        SortedSet<String> names = new TreeSet<>();
        clients.forEach(client -> names.add(client.name()));
        return Collections.unmodifiableSortedSet(names);
    }

    /** Client names only: digests are not secrets, but a weak key can be guessed from its digest. */
    @Override
    public String toString() {
        return "ApiKeys[clients=" + clientNames() + ", roles=" + rolesByClient + ", sandboxMode=" + sandboxMode + "]";
    }

    static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must support SHA-256", e);
        }
    }

    private record Client(String name, byte[] digest) {
        Client {
            Objects.requireNonNull(name);
            Objects.requireNonNull(digest);
        }
    }
}
