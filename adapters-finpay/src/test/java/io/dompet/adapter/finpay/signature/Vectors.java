package io.dompet.adapter.finpay.signature;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The openssl-generated vectors in {@code src/test/resources/vectors} (see snap-hmac.sh and snap-hmac.md there). */
final class Vectors {

    static final String SECRET = "test-client-secret-0123456789";
    static final String TOKEN = "gZmA9Lqj8kq1Ns3cT0Y5Xw2vH7uB+/z==";
    static final String TIMESTAMP = "2024-04-17T12:03:38+07:00";
    static final String PATH = "/v1.0/emoney/topup";

    private Vectors() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Vectors.class.getResourceAsStream("/vectors/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no vector " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }
}
