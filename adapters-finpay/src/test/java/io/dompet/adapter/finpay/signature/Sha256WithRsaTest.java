package io.dompet.adapter.finpay.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class Sha256WithRsaTest {

    private static final byte[] MESSAGE = Fixtures.text("snap-token-message.txt").getBytes(StandardCharsets.UTF_8);
    /** Made by openssl over MESSAGE with rsa2048-pkcs8.pem (see keys/generate.sh). */
    private static final String OPENSSL_SIGNATURE = Fixtures.text("snap-token-signature.b64").strip();

    private final PrivateKey privateKey = KeyMaterial.privateKey(Fixtures.text("rsa2048-pkcs8.pem"));
    private final PublicKey publicKey = KeyMaterial.publicKey(Fixtures.text("rsa2048-public.pem"));

    @Test
    void signs_as_openssl_dgst_sha256_sign_does() {
        assertThat(Sha256WithRsa.signBase64(privateKey, MESSAGE)).isEqualTo(OPENSSL_SIGNATURE);
        assertThat(Sha256WithRsa.sign(privateKey, MESSAGE)).isEqualTo(Base64.getDecoder().decode(OPENSSL_SIGNATURE));
    }

    @Test
    void accepts_an_openssl_signature() {
        assertThat(Sha256WithRsa.verify(publicKey, MESSAGE, OPENSSL_SIGNATURE)).isTrue();
    }

    @Test
    void accepts_a_signature_over_arbitrary_bytes_that_are_not_text() {
        byte[] binary = {0, (byte) 0xff, (byte) 0xc3, 0x28, 10, 13};

        assertThat(Sha256WithRsa.verify(publicKey, binary, Sha256WithRsa.signBase64(privateKey, binary))).isTrue();
    }

    @Test
    void tolerates_whitespace_around_the_base64_signature() {
        assertThat(Sha256WithRsa.verify(publicKey, MESSAGE, " " + OPENSSL_SIGNATURE + "\r\n")).isTrue();
    }

    @Test
    void rejects_a_changed_message() {
        byte[] changed = Arrays.copyOf(MESSAGE, MESSAGE.length);
        changed[changed.length - 1] ^= 1;

        assertThat(Sha256WithRsa.verify(publicKey, changed, OPENSSL_SIGNATURE)).isFalse();
    }

    @Test
    void rejects_a_changed_signature() {
        byte[] signature = Base64.getDecoder().decode(OPENSSL_SIGNATURE);
        signature[10] ^= 1;

        assertThat(Sha256WithRsa.verify(publicKey, MESSAGE, Base64.getEncoder().encodeToString(signature))).isFalse();
    }

    @Test
    void rejects_a_signature_made_with_another_key() {
        PrivateKey other = KeyMaterial.privateKey(Fixtures.text("other-rsa2048-pkcs8.pem"));

        assertThat(Sha256WithRsa.verify(publicKey, MESSAGE, Sha256WithRsa.signBase64(other, MESSAGE))).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "not base64!", "AAAA", "QUJD", "%%%%", "AAA"})
    void answers_false_rather_than_throwing_for_a_missing_malformed_or_wrong_length_signature(String signature) {
        assertThat(Sha256WithRsa.verify(publicKey, MESSAGE, signature)).isFalse();
    }

    @Test
    void answers_false_for_a_truncated_signature() {
        byte[] signature = Base64.getDecoder().decode(OPENSSL_SIGNATURE);

        assertThat(Sha256WithRsa.verify(publicKey, MESSAGE, Arrays.copyOf(signature, signature.length - 1))).isFalse();
        assertThat(Sha256WithRsa.verify(publicKey, MESSAGE, OPENSSL_SIGNATURE.substring(4))).isFalse();
    }

    @Test
    void refuses_a_key_that_cannot_make_or_check_rsa_signatures() throws Exception {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(256);
        var pair = ec.generateKeyPair();

        assertThatThrownBy(() -> Sha256WithRsa.sign(pair.getPrivate(), MESSAGE))
                .isInstanceOf(InvalidKeyMaterialException.class).hasMessageContaining("EC private key");
        assertThatThrownBy(() -> Sha256WithRsa.verify(pair.getPublic(), MESSAGE, OPENSSL_SIGNATURE))
                .isInstanceOf(InvalidKeyMaterialException.class).hasMessageContaining("EC public key");
    }
}
