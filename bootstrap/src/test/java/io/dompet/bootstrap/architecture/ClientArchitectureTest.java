package io.dompet.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The generated client (dompet-client), checked on its own: it is outside the hexagon, so {@link ArchitectureTest}
 * leaves it out (its generated code follows none of dompet's naming or package rules) and checks only that nothing of
 * dompet depends on it.
 */
class ClientArchitectureTest {

    @Test
    void theClientDependsOnNoDompetCode() {
        JavaClasses client = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("io.dompet.client");

        assertThat(client.contain(io.dompet.client.api.TopUpsApi.class)).isTrue();
        ArchitectureRules.THE_CLIENT_DEPENDS_ON_NO_DOMPET_CODE.check(client);
    }
}
