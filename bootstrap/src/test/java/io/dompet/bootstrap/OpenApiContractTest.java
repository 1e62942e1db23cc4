package io.dompet.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The committed REST contract, {@value #DOCUMENT}, is what the running application serves at {@code /v3/api-docs}: the
 * generated client ({@code client} module) and Spectral's lint read the file, so a controller change that is not in
 * it fails here. Run with {@code -Dopenapi.update=true} ({@value #REGENERATE}), it writes the served document to the
 * file instead.
 */
class OpenApiContractTest extends SandboxApplicationTest {

    /** The committed document, relative to the repository's root. */
    static final String DOCUMENT = "docs/openapi.yaml";
    /** The one command that writes {@link #DOCUMENT} from the running application. */
    static final String REGENERATE = "./mvnw -B -pl bootstrap -am test -Dtest=OpenApiContractTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dopenapi.update=true";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void theCommittedOpenApiDocumentIsWhatTheApplicationServes() throws Exception {
        HttpResponse<String> served = get("/v3/api-docs.yaml", null);
        assertThat(served.statusCode()).as(served.body()).isEqualTo(200);
        Path committed = repositoryRoot().resolve(DOCUMENT);

        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(committed, served.body(), StandardCharsets.UTF_8);
        }

        assertThat(committed).as(DOCUMENT + " is missing: write it with\n  " + REGENERATE).exists();
        Optional<String> difference = firstDifference("", YAML.readTree(committed.toFile()), YAML.readTree(served.body()));
        assertThat(difference)
                .as("%s differs from the application's /v3/api-docs at %s.%nIf the change is meant, write the document again "
                        + "with%n  %s%nand commit it (the client module is generated from it).", DOCUMENT,
                        difference.orElse(""), REGENERATE)
                .isEmpty();
    }

    @Test
    void theDriftCheckNamesTheFirstDifference() throws Exception {
        JsonNode document = YAML.readTree("{paths: {/a: {get: {operationId: one}}}, info: {title: dompet}}");
        JsonNode changed = YAML.readTree("{paths: {/a: {get: {operationId: two}}}, info: {title: dompet}}");
        JsonNode reordered = YAML.readTree("{info: {title: dompet}, paths: {/a: {get: {operationId: one}}}}");

        assertThat(firstDifference("", document, changed)).contains("/paths/~1a/get/operationId");
        assertThat(firstDifference("", document, reordered)).isEmpty();
    }

    /** The JSON pointer of the first member that differs, or empty when the two documents are equal. */
    static Optional<String> firstDifference(String pointer, JsonNode committed, JsonNode served) {
        if (committed.equals(served)) {
            return Optional.empty();
        }
        if (committed.isObject() && served.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            committed.fieldNames().forEachRemaining(names::add);
            served.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                Optional<String> inner = firstDifference(pointer + "/" + name.replace("~", "~0").replace("/", "~1"),
                        committed.path(name), served.path(name));
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        if (committed.isArray() && served.isArray() && committed.size() == served.size()) {
            Iterator<JsonNode> left = committed.elements();
            Iterator<JsonNode> right = served.elements();
            for (int index = 0; left.hasNext(); index++) {
                Optional<String> inner = firstDifference(pointer + "/" + index, left.next(), right.next());
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        return Optional.of(pointer.isEmpty() ? "/" : pointer);
    }

    /** The repository's root: Maven runs the tests in the module's directory. */
    private static Path repositoryRoot() {
        Path module = Path.of("").toAbsolutePath();
        return Files.isDirectory(module.resolve("docs")) ? module : module.getParent();
    }
}
