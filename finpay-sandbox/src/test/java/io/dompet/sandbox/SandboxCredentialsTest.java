package io.dompet.sandbox;

import io.dompet.sandbox.config.SandboxCredentials;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SandboxCredentialsTest {

    private final SandboxCredentials credentials = SandboxCredentials.defaults();

    @Test
    void theDefaultsAreTheDocumentedConstants() {
        assertThat(credentials.snap().clientId()).isEqualTo("dompet-sandbox-client");
        assertThat(credentials.snap().channelId()).isEqualTo("95221");
        assertThat(credentials.snap().partnerId()).isEqualTo(SandboxCredentials.PARTNER_ID);
        assertThat(credentials.money().username()).isEqualTo(SandboxCredentials.MONEY_USERNAME);
        assertThat(credentials.billWidget().merchantId()).isEqualTo(SandboxCredentials.BILL_MERCHANT_ID);
        assertThat(credentials.notifyTopUp().partnerId()).isEqualTo(SandboxCredentials.NOTIFY_PARTNER_ID);
        assertThat(credentials.notifyTopUp().merchantId()).isEqualTo(SandboxCredentials.NOTIFY_MERCHANT_ID);
    }

    @Test
    void theStringFormNeverShowsASecret() {
        assertThat(credentials.toString())
                .contains("dompet-sandbox-client")
                .doesNotContain(SandboxCredentials.CLIENT_SECRET)
                .doesNotContain(SandboxCredentials.MONEY_PASSWORD)
                .doesNotContain(SandboxCredentials.MONEY_SECRET_KEY)
                .doesNotContain(SandboxCredentials.BILL_MERCHANT_KEY);
    }

    @Test
    void oneGroupCanBeReplacedKeepingTheOthers() {
        SandboxCredentials changed = credentials.withSnap(
                new SandboxCredentials.Snap("other-client", "other-secret", "12345", "other-client"));

        assertThat(changed.snap().clientId()).isEqualTo("other-client");
        assertThat(changed.money()).isEqualTo(credentials.money());
    }

    @Test
    void aBlankCredentialIsRejectedByName() {
        assertThatThrownBy(() -> new SandboxCredentials.Money("user", " ", "key"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("password must not be blank");
    }
}
