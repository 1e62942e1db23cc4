package io.dompet.adapter.finpay.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Known answers from {@code openssl dgst -sha512 -hmac}; the commands are in
 * {@code src/test/resources/vectors/snap-hmac.sh} and explained in {@code snap-hmac.md} beside it.
 */
class SnapRequestSignerTest {

    private static final byte[] PRETTY_BODY = Vectors.bytes("topup-body-pretty.json");
    private static final byte[] MINIFIED_BODY = Vectors.bytes("topup-body-minified.json");
    private static final String OPENSSL_BASE64 = Vectors.text("snap-hmac-signature.b64").strip();
    private static final String OPENSSL_HEX = Vectors.text("snap-hmac-signature.hex").strip();

    @Test
    void theBodyDigestIsOpensslsSha256OfTheMinifiedBody() {
        assertThat(Digests.bodyDigest(MINIFIED_BODY)).isEqualTo(Vectors.text("snap-hmac-body-sha256.txt"));
        assertThat(Digests.bodyDigest("{}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(Vectors.text("snap-hmac-empty-object-sha256.txt"));
    }

    @Test
    void theBodyDigestOfAPrettyPrintedBodyIsTheDigestOfItsMinifiedForm() {
        assertThat(Digests.bodyDigest(PRETTY_BODY)).isEqualTo(Vectors.text("snap-hmac-body-sha256.txt"));
    }

    @Test
    void theStringToSignIsMethodPathTokenBodyDigestAndTimestampJoinedByColons() {
        assertThat(SnapRequestSigner.stringToSign("POST", Vectors.PATH, Vectors.TOKEN, MINIFIED_BODY, Vectors.TIMESTAMP))
                .isEqualTo(Vectors.text("snap-hmac-string-to-sign.txt"));
    }

    @Test
    void signsExactlyAsOpensslDoesInBase64() {
        SnapRequestSigner signer = new SnapRequestSigner(Vectors.SECRET, SignatureEncoding.BASE64);

        assertThat(signer.sign("POST", Vectors.PATH, Vectors.TOKEN, MINIFIED_BODY, Vectors.TIMESTAMP))
                .isEqualTo(OPENSSL_BASE64);
    }

    @Test
    void signsExactlyAsOpensslDoesInLowercaseHex() {
        SnapRequestSigner signer = new SnapRequestSigner(Vectors.SECRET, SignatureEncoding.HEX);

        assertThat(signer.sign("POST", Vectors.PATH, Vectors.TOKEN, MINIFIED_BODY, Vectors.TIMESTAMP))
                .isEqualTo(OPENSSL_HEX)
                .matches("[0-9a-f]{128}");
    }

    @Test
    void aPrettyPrintedBodyGetsTheSameSignatureAsItsMinifiedForm() {
        SnapRequestSigner signer = new SnapRequestSigner(Vectors.SECRET, SignatureEncoding.BASE64);

        assertThat(signer.sign("POST", Vectors.PATH, Vectors.TOKEN, PRETTY_BODY, Vectors.TIMESTAMP)).isEqualTo(OPENSSL_BASE64);
    }

    @Test
    void everyInputChangesTheSignature() {
        SnapRequestSigner signer = new SnapRequestSigner(Vectors.SECRET, SignatureEncoding.BASE64);
        byte[] otherBody = new String(MINIFIED_BODY, StandardCharsets.UTF_8).replace("  ", " ").getBytes(StandardCharsets.UTF_8);

        assertThat(signer.sign("POST", "/v1.0/emoney/topup-status", Vectors.TOKEN, MINIFIED_BODY, Vectors.TIMESTAMP))
                .isNotEqualTo(OPENSSL_BASE64);
        assertThat(signer.sign("POST", Vectors.PATH, Vectors.TOKEN + "x", MINIFIED_BODY, Vectors.TIMESTAMP))
                .isNotEqualTo(OPENSSL_BASE64);
        assertThat(signer.sign("POST", Vectors.PATH, Vectors.TOKEN, otherBody, Vectors.TIMESTAMP))
                .isNotEqualTo(OPENSSL_BASE64);
        assertThat(signer.sign("POST", Vectors.PATH, Vectors.TOKEN, MINIFIED_BODY, "2024-04-17T12:03:39+07:00"))
                .isNotEqualTo(OPENSSL_BASE64);
        assertThat(new SnapRequestSigner(Vectors.SECRET + "x", SignatureEncoding.BASE64)
                .sign("POST", Vectors.PATH, Vectors.TOKEN, MINIFIED_BODY, Vectors.TIMESTAMP))
                .isNotEqualTo(OPENSSL_BASE64);
    }

    @Test
    void itsStringFormNeverShowsTheSecret() {
        assertThat(new SnapRequestSigner(Vectors.SECRET, SignatureEncoding.HEX).toString())
                .doesNotContain(Vectors.SECRET)
                .contains("HmacSHA512", "HEX");
    }

    @Test
    void aBlankSecretIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> new SnapRequestSigner("  ", SignatureEncoding.BASE64))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the SNAP client secret must not be blank");
    }
}
