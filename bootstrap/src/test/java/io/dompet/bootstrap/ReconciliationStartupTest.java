package io.dompet.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dompet.autoconfigure.StartupConfigurationCheck.InvalidConfigurationException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;

/** dompet refuses a requested-stale-after shorter than the longest a top-up request can take. */
class ReconciliationStartupTest {

    @Test
    void aRequestedStaleAfterShorterThanTheLongestRequestStopsStartUpNamingTheProperty(@TempDir Path dataDirectory) {
        SpringApplicationBuilder application = new SpringApplicationBuilder(DompetApplication.class);

        assertThatThrownBy(() -> application.run(
                "--dompet.reconciliation.requested-stale-after=10s",
                "--server.port=0",
                "--dompet.sandbox.port=0",
                "--dompet.embedded-postgres.data-dir=" + dataDirectory.resolve("pgdata"))).satisfies(failure -> {
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
            assertThat(cause).isInstanceOf(InvalidConfigurationException.class)
                    .hasMessageContaining("dompet.reconciliation.requested-stale-after")
                    .hasMessageContaining("at least 200s");
        });
    }
}
