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
    void signsAsOpensslDgstSha256SignDoes() {
        assertThat(Sha256WithRsa.signBase64(privateKey, MESSAGE)).isEqualTo(OPENSSL_SIGNATURE);
        assertThat(Sha256WithRsa.sign(privateKey, MESSAGE)).isEqualTo(Base64.getDecoder().decode(OPENSSL_SIGNATURE));
    }

    @Test
    void acceptsAnOpensslSignature() {
        assertThat(Sha256WithRsa.verify(publicKey, MESSAGE, OPENSSL_SIGNATURE)).isTrue();
    }

    @Test
    void acceptsASignatureOverArbitraryBytesThatAreNotText() {
        byte[] binary = {0, (byte) 0xff, (byte) 0xc3, 0x28, 10, 13};

        assertThat(Sha256WithRsa.verify(publicKey, binary, Sha256WithRsa.signBase64(privateKey, binary))).isTrue();
    }

    @Test
    void toleratesWhitespaceAroundTheBase64Signature() {
        assertThat(Sha256WithRsa.verify(publicKey, MESSAGE, " " + OPENSSL_SIGNATURE + "\r\n")).isTrue();
    }

    @Test
    void rejectsAChangedMessage() {
        byte[] changed = Arrays.copyOf(MESSAGE, MESSAGE.length);
        changed[changed.length - 1] ^= 1;

        assertThat(Sha256WithRsa.verify(publicKey, changed, OPENSSL_SIGNATURE)).isFalse();
    }

    @Test
    void rejectsAChangedSignature() {
        byte[] signature = Base64.getDecoder().decode(OPENSSL_SIGNATURE);
        signature[10] ^= 1;

        assertThat(Sha256WithRsa.verify(publicKey, MESSAGE, Base64.getEncoder().encodeToString(signature))).isFalse();
    }

    @Test
    void rejectsASignatureMadeWithAnotherKey() {
        PrivateKey other = KeyMaterial.privateKey(Fixtures.text("other-rsa2048-pkcs8.pem"));

        assertThat(Sha256WithRsa.verify(publicKey, MESSAGE, Sha256WithRsa.signBase64(other, MESSAGE))).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "not base64!", "AAAA", "QUJD", "%%%%", "AAA"})
    void answersFalseRatherThanThrowingForAMissingMalformedOrWrongLengthSignature(String signature) {
        assertThat(Sha256WithRsa.verify(publicKey, MESSAGE, signature)).isFalse();
    }

    @Test
    void answersFalseForATruncatedSignature() {
        byte[] signature = Base64.getDecoder().decode(OPENSSL_SIGNATURE);

        assertThat(Sha256WithRsa.verify(publicKey, MESSAGE, Arrays.copyOf(signature, signature.length - 1))).isFalse();
        assertThat(Sha256WithRsa.verify(publicKey, MESSAGE, OPENSSL_SIGNATURE.substring(4))).isFalse();
    }

    @Test
    void refusesAKeyThatCannotMakeOrCheckRsaSignatures() throws Exception {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(256);
        var pair = ec.generateKeyPair();

        assertThatThrownBy(() -> Sha256WithRsa.sign(pair.getPrivate(), MESSAGE))
                .isInstanceOf(InvalidKeyMaterialException.class).hasMessageContaining("EC private key");
        assertThatThrownBy(() -> Sha256WithRsa.verify(pair.getPublic(), MESSAGE, OPENSSL_SIGNATURE))
                .isInstanceOf(InvalidKeyMaterialException.class).hasMessageContaining("EC public key");
    }
}
