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
    void the_string_to_sign_is_client_id_bar_timestamp() {
        assertThat(Fixtures.text("snap-token-message.txt")).isEqualTo(CLIENT_ID + "|" + TIMESTAMP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rsa2048-pkcs8.pem", "rsa2048-pkcs1.pem"})
    void signs_exactly_as_openssl_does_from_a_pkcs8_or_pkcs1_key_file(String fixture) {
        SnapTokenSigner signer = signer("file:" + Fixtures.path(fixture));

        assertThat(signer.sign(CLIENT_ID, TIMESTAMP)).isEqualTo(OPENSSL_SIGNATURE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rsa2048-pkcs8.pem", "rsa2048-pkcs1.pem"})
    void signs_exactly_as_openssl_does_from_pem_text_with_escaped_line_breaks(String fixture) {
        SnapTokenSigner signer = signer(Fixtures.text(fixture).replace("\n", "\\n"));

        assertThat(signer.sign(CLIENT_ID, TIMESTAMP)).isEqualTo(OPENSSL_SIGNATURE);
    }

    @Test
    void encodes_the_string_to_sign_as_utf_8() {
        SnapTokenSigner signer = signer(Fixtures.text("rsa2048-pkcs8.pem"));

        assertThat(signer.sign("toko-café", TIMESTAMP)).isEqualTo(OPENSSL_UTF8_SIGNATURE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rsa2048-public.pem", "rsa2048-public-pkcs1.pem", "rsa2048-cert.pem"})
    void its_signature_verifies_with_the_public_key_and_the_certificate(String fixture) {
        PublicKey publicKey = KeyMaterial.publicKey(Fixtures.text(fixture));
        String signature = signer(Fixtures.text("rsa2048-pkcs1.pem")).sign(CLIENT_ID, TIMESTAMP);

        assertThat(Sha256WithRsa.verify(publicKey, bytes(CLIENT_ID + "|" + TIMESTAMP), signature)).isTrue();
    }

    @Test
    void its_signature_does_not_verify_with_another_key() {
        PublicKey otherKey = KeyMaterial.publicKey(Fixtures.text("other-rsa2048-public.pem"));

        assertThat(Sha256WithRsa.verify(otherKey, bytes(CLIENT_ID + "|" + TIMESTAMP), OPENSSL_SIGNATURE)).isFalse();
    }

    @Test
    void its_signature_does_not_verify_for_another_client_id_or_timestamp() {
        PublicKey publicKey = KeyMaterial.publicKey(Fixtures.text("rsa2048-cert.pem"));

        assertThat(Sha256WithRsa.verify(publicKey, bytes("dompet-clienT|" + TIMESTAMP), OPENSSL_SIGNATURE)).isFalse();
        assertThat(Sha256WithRsa.verify(publicKey, bytes(CLIENT_ID + "|2024-04-17T12:03:39+07:00"), OPENSSL_SIGNATURE))
                .isFalse();
        assertThat(Sha256WithRsa.verify(publicKey, bytes(CLIENT_ID + TIMESTAMP), OPENSSL_SIGNATURE)).isFalse();
    }

    @Test
    void another_key_gives_another_signature() {
        SnapTokenSigner other = signer(Fixtures.text("other-rsa2048-pkcs8.pem"));

        assertThat(other.sign(CLIENT_ID, TIMESTAMP)).isNotEqualTo(OPENSSL_SIGNATURE);
    }

    @Test
    void a_blank_client_id_or_timestamp_is_refused() {
        SnapTokenSigner signer = signer(Fixtures.text("rsa2048-pkcs8.pem"));

        assertThatThrownBy(() -> signer.sign(" ", TIMESTAMP)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> signer.sign(CLIENT_ID, "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_short_or_non_rsa_key_is_refused_even_when_built_in_code() throws Exception {
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
    void its_string_form_names_the_algorithm_and_key_size_but_never_the_key() {
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
