package io.dompet.sandbox;

import io.dompet.sandbox.config.SandboxKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SandboxKeysTest {

    private static final byte[] MESSAGE =
            ("dompet-sandbox-client|2024-04-17T12:03:38+07:00").getBytes(StandardCharsets.UTF_8);

    private final SandboxKeys keys = SandboxKeys.bundled();

    @Test
    void theFinpayPrivateKeySignsWhatTheFinpayPublicKeyVerifies() throws Exception {
        assertThat(verifies(keys.finpayPublicKey(), sign(keys.finpayPrivateKey()))).isTrue();
    }

    @Test
    void theMerchantPrivateKeySignsWhatTheMerchantPublicKeyVerifies() throws Exception {
        assertThat(verifies(keys.merchantPublicKey(), sign(keys.merchantPrivateKey()))).isTrue();
    }

    @Test
    void theTwoPairsAreDifferentKeys() throws Exception {
        assertThat(verifies(keys.merchantPublicKey(), sign(keys.finpayPrivateKey()))).isFalse();
        assertThat(verifies(keys.finpayPublicKey(), sign(keys.merchantPrivateKey()))).isFalse();
    }

    @Test
    void everyKeyIsRsa2048() {
        assertThat(((RSAPublicKey) keys.finpayPublicKey()).getModulus().bitLength()).isEqualTo(2048);
        assertThat(((RSAPublicKey) keys.merchantPublicKey()).getModulus().bitLength()).isEqualTo(2048);
        assertThat(((RSAPrivateCrtKey) keys.finpayPrivateKey()).getModulus().bitLength()).isEqualTo(2048);
        assertThat(((RSAPrivateCrtKey) keys.merchantPrivateKey()).getModulus().bitLength()).isEqualTo(2048);
    }

    @Test
    void thePemTextsArePkcs8PrivateAndX509PublicKeys() {
        assertThat(keys.finpayPrivateKeyPem()).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(keys.merchantPrivateKeyPem()).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(keys.finpayPublicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(keys.merchantPublicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(SandboxKeys.parsePublicKey(keys.merchantPublicKeyPem())).isEqualTo(keys.merchantPublicKey());
    }

    @Test
    void aPublicKeyPemIsNotAcceptedAsAPrivateKey() {
        assertThatThrownBy(() -> SandboxKeys.parsePrivateKey(keys.finpayPublicKeyPem()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BEGIN PRIVATE KEY");
    }

    @Test
    void itsStringFormShowsNoKeyMaterial() {
        assertThat(keys.toString()).doesNotContain("BEGIN").doesNotContain("MII");
    }

    private static byte[] sign(PrivateKey key) throws Exception {
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(key);
        signer.update(MESSAGE);
        return signer.sign();
    }

    private static boolean verifies(PublicKey key, byte[] signature) throws Exception {
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(key);
        verifier.update(MESSAGE);
        return verifier.verify(signature);
    }
}
