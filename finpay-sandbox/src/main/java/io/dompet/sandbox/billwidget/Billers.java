package io.dompet.sandbox.billwidget;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The product codes the sandbox knows and their biller names, read from {@code billers.tsv} next to this class
 * (data, not code: {@code code<TAB>name} per line, {@code #} comments).
 */
final class Billers {

    private static final String RESOURCE = "billers.tsv";

    private final Map<String, String> names;

    private Billers(Map<String, String> names) {
        this.names = Collections.unmodifiableMap(names);
    }

    /** The bundled catalogue. */
    static Billers bundled() {
        try (InputStream in = Billers.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Map<String, String> names = new LinkedHashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                if (parts.length != 2 || !parts[0].matches("\\d{6}") || parts[1].isBlank()) {
                    throw new IllegalStateException(RESOURCE + ": not 'code<TAB>name': " + line);
                }
                names.put(parts[0], parts[1].strip());
            }
            return new Billers(names);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The biller name of {@code productCode}, when the sandbox knows it. */
    Optional<String> name(String productCode) {
        return Optional.ofNullable(names.get(productCode));
    }

    /** Every code and name, in catalogue order. */
    Map<String, String> all() {
        return names;
    }
}
