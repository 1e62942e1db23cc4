package io.dompet.adapter.finpay.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Known answers from {@code openssl dgst -sha256 -sign}; the commands are in
 * {@code src/test/resources/keys/generate.sh} and its README.
 */
class SnapTokenSignerTest {

    private static final String CLIENT_ID = "dompet-client";
    private static final String TIMESTAMP = "2024-04-17T12:03:38+07:00";
    /** {@code printf '%s' 'dompet-client|2024-04-17T12:03:38+07:00' | openssl dgst -sha256 -sign rsa2048-pkcs8.pem | base64 -w0} */
    private static final String OPENSSL_SIGNATURE = Fixtures.text("snap-token-signature.b64").strip();
    /** {@code printf '%s' 'toko-café|2024-04-17T12:03:38+07:00' | openssl dgst -sha256 -sign rsa2048-pkcs8.pem | base64 -w0} */
    private static final String OPENSSL_UTF8_SIGNATURE = Fixtures.text("snap-token-signature-utf8.b64").strip();

    @Test
    void theStringToSignIsClientIdBarTimestamp() {
        assertThat(Fixtures.text("snap-token-message.txt")).isEqualTo(CLIENT_ID + "|" + TIMESTAMP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rsa2048-pkcs8.pem", "rsa2048-pkcs1.pem"})
    void signsExactlyAsOpensslDoesFromAPkcs8OrPkcs1KeyFile(String fixture) {
        SnapTokenSigner signer = signer("file:" + Fixtures.path(fixture));

        assertThat(signer.sign(CLIENT_ID, TIMESTAMP)).isEqualTo(OPENSSL_SIGNATURE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rsa2048-pkcs8.pem", "rsa2048-pkcs1.pem"})
    void signsExactlyAsOpensslDoesFromPemTextWithEscapedLineBreaks(String fixture) {
        SnapTokenSigner signer = signer(Fixtures.text(fixture).replace("\n", "\\n"));

        assertThat(signer.sign(CLIENT_ID, TIMESTAMP)).isEqualTo(OPENSSL_SIGNATURE);
    }

    @Test
    void encodesTheStringToSignAsUtf8() {
        SnapTokenSigner signer = signer(Fixtures.text("rsa2048-pkcs8.pem"));

        assertThat(signer.sign("toko-café", TIMESTAMP)).isEqualTo(OPENSSL_UTF8_SIGNATURE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rsa2048-public.pem", "rsa2048-public-pkcs1.pem", "rsa2048-cert.pem"})
    void itsSignatureVerifiesWithThePublicKeyAndTheCertificate(String fixture) {
        PublicKey publicKey = KeyMaterial.publicKey(Fixtures.text(fixture));
        String signature = signer(Fixtures.text("rsa2048-pkcs1.pem")).sign(CLIENT_ID, TIMESTAMP);

        assertThat(Sha256WithRsa.verify(publicKey, bytes(CLIENT_ID + "|" + TIMESTAMP), signature)).isTrue();
    }

    @Test
    void itsSignatureDoesNotVerifyWithAnotherKey() {
        PublicKey otherKey = KeyMaterial.publicKey(Fixtures.text("other-rsa2048-public.pem"));

        assertThat(Sha256WithRsa.verify(otherKey, bytes(CLIENT_ID + "|" + TIMESTAMP), OPENSSL_SIGNATURE)).isFalse();
    }

    @Test
    void itsSignatureDoesNotVerifyForAnotherClientIdOrTimestamp() {
        PublicKey publicKey = KeyMaterial.publicKey(Fixtures.text("rsa2048-cert.pem"));

        assertThat(Sha256WithRsa.verify(publicKey, bytes("dompet-clienT|" + TIMESTAMP), OPENSSL_SIGNATURE)).isFalse();
        assertThat(Sha256WithRsa.verify(publicKey, bytes(CLIENT_ID + "|2024-04-17T12:03:39+07:00"), OPENSSL_SIGNATURE))
                .isFalse();
        assertThat(Sha256WithRsa.verify(publicKey, bytes(CLIENT_ID + TIMESTAMP), OPENSSL_SIGNATURE)).isFalse();
    }

    @Test
    void anotherKeyGivesAnotherSignature() {
        SnapTokenSigner other = signer(Fixtures.text("other-rsa2048-pkcs8.pem"));

        assertThat(other.sign(CLIENT_ID, TIMESTAMP)).isNotEqualTo(OPENSSL_SIGNATURE);
    }

    @Test
    void aBlankClientIdOrTimestampIsRefused() {
        SnapTokenSigner signer = signer(Fixtures.text("rsa2048-pkcs8.pem"));

        assertThatThrownBy(() -> signer.sign(" ", TIMESTAMP)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> signer.sign(CLIENT_ID, "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aShortOrNonRsaKeyIsRefusedEvenWhenBuiltInCode() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(1024);
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(256);

        assertThatThrownBy(() -> new SnapTokenSigner(rsa.generateKeyPair().getPrivate()))
                .isInstanceOf(InvalidKeyMaterialException.class)
                .hasMessage("RSA key of 1024 bits; at least 2048 required");
        assertThatThrownBy(() -> new SnapTokenSigner(ec.generateKeyPair().getPrivate()))
                .isInstanceOf(InvalidKeyMaterialException.class)
                .hasMessage("expected an RSA key but found an EC key");
    }

    @Test
    void itsStringFormNamesTheAlgorithmAndKeySizeButNeverTheKey() {
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) KeyMaterial.privateKey(Fixtures.text("rsa2048-pkcs8.pem"));

        String shown = new SnapTokenSigner(key).toString();

        assertThat(shown).isEqualTo("SnapTokenSigner[SHA256withRSA, RSA-2048]");
        assertThat(shown).doesNotContain(key.getPrivateExponent().toString(16).substring(0, 16))
                .doesNotContain(key.getPrivateExponent().toString().substring(0, 16))
                .doesNotContain(key.getModulus().toString(16).substring(0, 16));
    }

    /** A signer for the merchant private key given as PEM text or {@code file:PATH}. */
    private static SnapTokenSigner signer(String pemOrFileRef) {
        return new SnapTokenSigner(KeyMaterial.privateKey(pemOrFileRef));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
