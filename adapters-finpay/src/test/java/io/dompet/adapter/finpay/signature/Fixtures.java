package io.dompet.adapter.finpay.signature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The openssl-generated fixtures in {@code src/test/resources/keys} (see generate.sh there). */
final class Fixtures {

    /** The same directory relative to the module directory, which is the working directory of Maven's tests. */
    static final String RELATIVE_DIRECTORY = "src/test/resources/keys/";

    private Fixtures() {
    }

    static Path path(String name) {
        URL url = Fixtures.class.getResource("/keys/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(String name) {
        try {
            return Files.readString(path(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base64 lines of a PEM fixture: the secret part, which no message may quote. */
    static List<String> bodyLines(String name) {
        return Arrays.stream(text(name).split("\n"))
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("-----") && !line.contains(":"))
                .toList();
    }
}
