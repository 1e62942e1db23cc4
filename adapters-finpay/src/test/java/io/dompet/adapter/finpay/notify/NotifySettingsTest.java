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
    void defaults_sign_the_request_path_allow_a_day_back_and_five_minutes_ahead_and_check_no_ids() {
        NotifySettings settings = NotifySettings.of(FINPAY_PUBLIC_KEY);

        assertThat(settings.signedPath()).isNull();
        assertThat(settings.maxAge()).isEqualTo(Duration.ofHours(24));
        assertThat(settings.maxClockSkew()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.partnerId()).isNull();
        assertThat(settings.merchantId()).isNull();
    }

    @Test
    void its_string_form_shows_the_key_as_algorithm_and_size_only() {
        String shown = NotifySettings.of(FINPAY_PUBLIC_KEY).withPartnerId("FINPAY-PARTNER-ID").toString();
        String modulus = ((RSAPublicKey) FINPAY_PUBLIC_KEY).getModulus().toString(16);

        assertThat(shown).contains("RSA-2048", "FINPAY-PARTNER-ID", "PT5M")
                .doesNotContain(modulus.substring(0, 16))
                .doesNotContain(Base64.getEncoder().encodeToString(FINPAY_PUBLIC_KEY.getEncoded()).substring(40, 80));
    }

    @Test
    void an_rsa_key_shorter_than_2048_bits_is_refused() throws Exception {
        String pem = key("rsa1024-public.pem").replaceAll("-----[A-Z ]+-----|\\s", "");
        PublicKey short1024 = java.security.KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));

        assertThatThrownBy(() -> NotifySettings.of(short1024))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dompet.finpay.notify.public-key must be an RSA key of at least 2048 bits");
    }

    @Test
    void a_key_that_is_not_rsa_is_refused() throws Exception {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(256);

        assertThatThrownBy(() -> NotifySettings.of(ec.generateKeyPair().getPublic()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dompet.finpay.notify.public-key");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "callbacks/finpay/top-up", "/callbacks/finpay top-up", "/a\n"})
    void a_signed_path_must_start_with_a_slash_and_hold_no_whitespace(String path) {
        assertThatThrownBy(() -> NotifySettings.of(FINPAY_PUBLIC_KEY).withSignedPath(path))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dompet.finpay.notify.signed-path");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT0S", "-PT1S", "PT1H0.001S", "P1D"})
    void a_max_clock_skew_must_be_positive_and_at_most_an_hour(String skew) {
        assertThatThrownBy(() -> NotifySettings.of(FINPAY_PUBLIC_KEY).withMaxClockSkew(Duration.parse(skew)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dompet.finpay.notify.max-clock-skew");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT0S", "-PT1S", "P7DT0.001S", "P8D"})
    void a_max_age_must_be_positive_and_at_most_seven_days(String age) {
        assertThatThrownBy(() -> NotifySettings.of(FINPAY_PUBLIC_KEY).withMaxAge(Duration.parse(age)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dompet.finpay.notify.max-age");
    }

    @Test
    void seven_days_of_max_age_is_the_most_accepted() {
        assertThat(NotifySettings.of(FINPAY_PUBLIC_KEY).withMaxAge(Duration.ofDays(7)).maxAge())
                .isEqualTo(Duration.ofDays(7));
    }

    @Test
    void an_hour_of_clock_skew_is_the_most_accepted() {
        assertThat(NotifySettings.of(FINPAY_PUBLIC_KEY).withMaxClockSkew(Duration.ofHours(1)).maxClockSkew())
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void blank_partner_or_merchant_ids_are_refused_rather_than_matched() {
        assertThatThrownBy(() -> NotifySettings.of(FINPAY_PUBLIC_KEY).withPartnerId(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dompet.finpay.notify.partner-id");
        assertThatThrownBy(() -> NotifySettings.of(FINPAY_PUBLIC_KEY).withMerchantId(""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dompet.finpay.notify.merchant-id");
    }
}
