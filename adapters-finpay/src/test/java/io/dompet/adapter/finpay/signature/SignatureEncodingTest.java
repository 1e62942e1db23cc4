package io.dompet.adapter.finpay.signature;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignatureEncodingTest {

    private static final byte[] BYTES = {0x00, 0x7f, (byte) 0xab, (byte) 0xff};

    @Test
    void eachEncodingDecodesWhatItEncodesAndHexInEitherCase() {
        assertThat(SignatureEncoding.BASE64.decode(SignatureEncoding.BASE64.encode(BYTES))).isEqualTo(BYTES);
        assertThat(SignatureEncoding.HEX.decode("007fabff")).isEqualTo(BYTES);
        assertThat(SignatureEncoding.HEX.decode(" 007FABFF\r\n")).isEqualTo(BYTES);
    }

    @Test
    void aBlankOrForeignTextDecodesToNothingInsteadOfThrowing() {
        assertThat(SignatureEncoding.BASE64.decode(null)).isNull();
        assertThat(SignatureEncoding.BASE64.decode(" ")).isNull();
        assertThat(SignatureEncoding.BASE64.decode("not base64!")).isNull();
        assertThat(SignatureEncoding.HEX.decode("AH7/qw==")).isNull();
        assertThat(SignatureEncoding.HEX.decode("007")).isNull();
    }
}
