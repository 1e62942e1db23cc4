package io.dompet.adapter.finpay.notify;

import static io.dompet.adapter.finpay.notify.NotifyFixtures.FINPAY_PUBLIC_KEY;
import static io.dompet.adapter.finpay.notify.NotifyFixtures.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotifySettingsTest {

    @Test
    void itsStringFormShowsTheKeyAsAlgorithmAndSizeOnly() {
        String shown = NotifySettingsBuilder.of(FINPAY_PUBLIC_KEY).partnerId("FINPAY-PARTNER-ID").build().toString();
        String modulus = ((RSAPublicKey) FINPAY_PUBLIC_KEY).getModulus().toString(16);

        assertThat(shown).contains("RSA-2048", "FINPAY-PARTNER-ID", "PT5M")
                .doesNotContain(modulus.substring(0, 16))
                .doesNotContain(Base64.getEncoder().encodeToString(FINPAY_PUBLIC_KEY.getEncoded()).substring(40, 80));
    }

    @Test
    void anRsaKeyShorterThan2048BitsIsRefused() throws Exception {
        String pem = key("rsa1024-public.pem").replaceAll("-----[A-Z ]+-----|\\s", "");
        PublicKey short1024 = java.security.KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));

        assertThatThrownBy(() -> NotifySettingsBuilder.of(short1024).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dompet.finpay.notify.public-key must be an RSA key of at least 2048 bits");
    }

    @Test
    void aKeyThatIsNotRsaIsRefused() throws Exception {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(256);

        assertThatThrownBy(() -> NotifySettingsBuilder.of(ec.generateKeyPair().getPublic()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dompet.finpay.notify.public-key");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "callbacks/finpay/top-up", "/callbacks/finpay top-up", "/a\n"})
    void aSignedPathMustStartWithASlashAndHoldNoWhitespace(String path) {
        assertThatThrownBy(() -> NotifySettingsBuilder.of(FINPAY_PUBLIC_KEY).signedPath(path).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dompet.finpay.notify.signed-path");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT0S", "-PT1S", "PT1H0.001S", "P1D"})
    void aMaxClockSkewMustBePositiveAndAtMostAnHour(String skew) {
        assertThatThrownBy(() -> NotifySettingsBuilder.of(FINPAY_PUBLIC_KEY).maxClockSkew(Duration.parse(skew)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dompet.finpay.notify.max-clock-skew");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT0S", "-PT1S", "P7DT0.001S", "P8D"})
    void aMaxAgeMustBePositiveAndAtMostSevenDays(String age) {
        assertThatThrownBy(() -> NotifySettingsBuilder.of(FINPAY_PUBLIC_KEY).maxAge(Duration.parse(age)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dompet.finpay.notify.max-age");
    }

    @Test
    void sevenDaysOfMaxAgeIsTheMostAccepted() {
        assertThat(NotifySettingsBuilder.of(FINPAY_PUBLIC_KEY).maxAge(Duration.ofDays(7)).build().maxAge())
                .isEqualTo(Duration.ofDays(7));
    }

    @Test
    void anHourOfClockSkewIsTheMostAccepted() {
        assertThat(NotifySettingsBuilder.of(FINPAY_PUBLIC_KEY).maxClockSkew(Duration.ofHours(1)).build().maxClockSkew())
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void blankPartnerOrMerchantIdsAreRefusedRatherThanMatched() {
        assertThatThrownBy(() -> NotifySettingsBuilder.of(FINPAY_PUBLIC_KEY).partnerId(" ").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dompet.finpay.notify.partner-id");
        assertThatThrownBy(() -> NotifySettingsBuilder.of(FINPAY_PUBLIC_KEY).merchantId("").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dompet.finpay.notify.merchant-id");
    }
}
