package io.dompet.adapter.web.security;

import static io.dompet.adapter.web.WebAdapterTestApplication.sha256Hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiKeysTest {

    private static final String ACME_KEY = "acme-key-7f3a9c";
    private static final String GLOBEX_KEY = "globex-key-1b2e44";

    private final ApiKeys keys = ApiKeys.of(Map.of("acme", sha256Hex(ACME_KEY), "globex", sha256Hex(GLOBEX_KEY)), false);

    @Test
    void theRightKeyNamesItsClient() {
        assertThat(keys.clientFor(ACME_KEY)).contains("acme");
        assertThat(keys.clientFor(GLOBEX_KEY)).contains("globex");
    }

    @Test
    void aWrongKeyNamesNoClient() {
        assertThat(keys.clientFor("someone-else")).isEmpty();
        assertThat(keys.clientFor("")).isEmpty();
        assertThat(keys.clientFor(null)).isEmpty();
    }

    @Test
    void aKeySharingAPrefixWithAConfiguredKeyNamesNoClient() {
        assertThat(keys.clientFor(ACME_KEY.substring(0, ACME_KEY.length() - 1))).isEmpty();
        assertThat(keys.clientFor(ACME_KEY + "0")).isEmpty();
        assertThat(keys.clientFor(ACME_KEY.toUpperCase())).isEmpty();
    }

    @Test
    void theDigestItselfIsNotAcceptedAsAKey() {
        assertThat(keys.clientFor(sha256Hex(ACME_KEY))).isEmpty();
    }

    @Test
    void digestsAreAcceptedInUpperCaseAndWithSurroundingBlanks() {
        ApiKeys upper = ApiKeys.of(Map.of("acme", " " + sha256Hex(ACME_KEY).toUpperCase() + "\n"), false);

        assertThat(upper.clientFor(ACME_KEY)).contains("acme");
    }

    @Test
    void theSandboxKeyIsAcceptedAsTheSandboxClientInSandboxModeOnly() {
        ApiKeys sandbox = ApiKeys.of(Map.of("acme", sha256Hex(ACME_KEY)), true);

        assertThat(sandbox.clientFor(ApiKeys.SANDBOX_KEY)).contains(ApiKeys.SANDBOX_CLIENT);
        assertThat(sandbox.clientFor(ACME_KEY)).contains("acme");
        assertThat(keys.clientFor(ApiKeys.SANDBOX_KEY)).isEmpty();
    }

    @Test
    void sandboxModeNeedsNoConfiguredKey() {
        ApiKeys sandbox = ApiKeys.of(Map.of(), true);

        assertThat(sandbox.clientNames()).containsExactly(ApiKeys.SANDBOX_CLIENT);
        assertThat(sandbox.sandboxMode()).isTrue();
    }

    @Test
    void noKeyOutsideSandboxModeFailsNamingThePropertyToSet() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ApiKeys.of(Map.of(), false))
                .withMessage("no API key configured: set dompet.api.keys.<client-name>=<sha256-hex of the key>");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ApiKeys.of(null, false))
                .withMessageStartingWith("no API key configured");
    }

    @Test
    void aDigestThatIsNot64HexCharactersFailsNamingTheClientButNotTheValue() {
        String shortDigest = sha256Hex(ACME_KEY).substring(1);
        String notHex = "z" + sha256Hex(ACME_KEY).substring(1);
        String plainKey = "my-plain-secret-key";

        for (String bad : new String[] {shortDigest, notHex, plainKey, ""}) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> ApiKeys.of(Map.of("acme", bad), false))
                    .withMessage("dompet.api.keys.acme must be the SHA-256 digest of the key as 64 hex characters")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(bad.isEmpty() ? "\u0000" : bad));
        }
    }

    @Test
    void aClientWithTwoDigestsIsNamedByEitherKeySoAKeyCanBeRotatedWithoutDowntime() {
        String newAcmeKey = "acme-key-rotated-5d1e";
        ApiKeys rotating = ApiKeys.of(Map.of("acme", sha256Hex(ACME_KEY) + ", " + sha256Hex(newAcmeKey),
                "globex", sha256Hex(GLOBEX_KEY)), false);

        assertThat(rotating.clientFor(ACME_KEY)).contains("acme");
        assertThat(rotating.clientFor(newAcmeKey)).contains("acme");
        assertThat(rotating.clientFor(GLOBEX_KEY)).contains("globex");
        assertThat(rotating.clientNames()).containsExactly("acme", "globex");
    }

    @Test
    void moreDigestsThanARotationNeedsOrOneListedTwiceFailNamingTheClient() {
        String four = String.join(",", sha256Hex("k1"), sha256Hex("k2"), sha256Hex("k3"), sha256Hex("k4"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ApiKeys.of(Map.of("acme", four), false))
                .withMessage("dompet.api.keys.acme must list 1 to " + ApiKeys.MAX_KEYS_PER_CLIENT
                        + " SHA-256 digests of keys, separated by commas");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ApiKeys.of(Map.of("acme", sha256Hex(ACME_KEY) + "," + sha256Hex(ACME_KEY)), false))
                .withMessage("dompet.api.keys.acme lists the same key twice");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ApiKeys.of(Map.of("acme", sha256Hex(ACME_KEY) + ","), false))
                .withMessage("dompet.api.keys.acme must be the SHA-256 digest of the key as 64 hex characters");
    }

    @Test
    void aMissingDigestFailsNamingTheClient() {
        Map<String, String> withNull = new HashMap<>();
        withNull.put("acme", null);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> ApiKeys.of(withNull, false))
                .withMessageContaining("dompet.api.keys.acme");
    }

    @Test
    void twoClientsWithTheSameKeyFailNamingBoth() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ApiKeys.of(Map.of("acme", sha256Hex(ACME_KEY), "globex", sha256Hex(ACME_KEY).toUpperCase()), false))
                .withMessage("dompet.api.keys.acme and dompet.api.keys.globex have the same key: give every client its own key");
    }

    @Test
    void theSandboxClientNameIsReservedInSandboxMode() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ApiKeys.of(Map.of("sandbox", sha256Hex(ACME_KEY)), true))
                .withMessageContaining("dompet.api.keys.sandbox is reserved");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void theLegacyClientNameOfTopUpsStoredBeforeClientsWereRecordedIsReserved(boolean sandboxMode) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ApiKeys.of(Map.of("legacy", sha256Hex(ACME_KEY)), sandboxMode))
                .withMessageContaining("dompet.api.keys.legacy is reserved");
    }

    @Test
    void configuringTheDocumentedSandboxKeyForAClientFails() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ApiKeys.of(Map.of("acme", sha256Hex(ApiKeys.SANDBOX_KEY)), true))
                .withMessageContaining("dompet.api.keys.acme is the documented sandbox key");
    }

    @Test
    void aMalformedClientNameFails() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ApiKeys.of(Map.of("bad name!", sha256Hex(ACME_KEY)), false))
                .withMessageContaining("client names");
    }

    @Test
    void itsStringFormNamesTheClientsButShowsNoDigest() {
        String digest = sha256Hex(ACME_KEY);

        assertThat(keys.toString()).contains("acme", "globex").doesNotContain(digest);
    }

    @Test
    void aClientHasNoRoleUnlessConfiguredAndTheOperatorRoleWhenItIs() {
        ApiKeys withRoles = keys.withRoles(Map.of("acme", java.util.List.of(" operator")));

        assertThat(withRoles.rolesOf("acme")).containsExactly(ApiKeys.OPERATOR);
        assertThat(withRoles.rolesOf("globex")).isEmpty();
        assertThat(keys.rolesOf("acme")).as("roles are given, not assumed").isEmpty();
        assertThat(withRoles.clientFor(ACME_KEY)).contains("acme");
    }

    @Test
    void anUnknownRoleOrARoleForAClientWithoutAKeyIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> keys.withRoles(Map.of("acme", java.util.List.of("admin"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dompet.api.clients.acme.roles").hasMessageNotContaining("key-");
        assertThatThrownBy(() -> keys.withRoles(Map.of("initech", java.util.List.of("operator"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dompet.api.clients.initech.roles").hasMessageContaining("dompet.api.keys.initech");
    }
}
