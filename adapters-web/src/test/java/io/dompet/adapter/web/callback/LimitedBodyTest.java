package io.dompet.adapter.web.callback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class LimitedBodyTest {

    @Test
    void aBodyWithinTheLimitIsReadWholeAndUnchanged() throws IOException {
        byte[] body = {0x7b, (byte) 0xe2, (byte) 0x9c, (byte) 0x93, 0x20, 0x7d};

        assertThat(LimitedBody.read(new ByteArrayInputStream(body), -1, 6)).hasValueSatisfying(read -> assertThat(read).isEqualTo(body));
    }

    @Test
    void aBodyWithoutDeclaredLengthIsRefusedAfterOneByteOverTheLimit() throws IOException {
        CountingStream endless = new CountingStream();

        assertThat(LimitedBody.read(endless, -1, 1024)).isEmpty();
        assertThat(endless.read).isEqualTo(1025);
    }

    @Test
    void aBodyDeclaredLongerThanTheLimitIsRefusedUnread() throws IOException {
        CountingStream endless = new CountingStream();

        assertThat(LimitedBody.read(endless, 1025, 1024)).isEmpty();
        assertThat(endless.read).isZero();
    }

    /** An endless body of spaces that counts how much of it was read. */
    private static final class CountingStream extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return ' ';
        }
    }
}
