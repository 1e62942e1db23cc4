package io.dompet.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dompet.bootstrap.StartupConfigurationCheck.InvalidConfigurationException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;

/** Outside sandbox mode, dompet refuses to start without its Finpay settings and an API key. */
class ProductionModeStartupTest {

    @Test
    void oneFinpayBaseUrlWithoutTheRestStopsStartUpNamingEveryMissingProperty(@TempDir Path dataDirectory) {
        SpringApplicationBuilder application = new SpringApplicationBuilder(DompetApplication.class).properties(
                "dompet.finpay.snap.base-url=https://snapstag.finnet.co.id",
                "server.port=0",
                "dompet.embedded-postgres.data-dir=" + dataDirectory.resolve("pgdata"));

        assertThatThrownBy(application::run).satisfies(failure -> {
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
            assertThat(cause).isInstanceOf(InvalidConfigurationException.class)
                    .hasMessageContaining("dompet.finpay.snap.client-secret")
                    .hasMessageContaining("dompet.finpay.money.base-url")
                    .hasMessageContaining("dompet.finpay.notify.public-key")
                    .hasMessageContaining("no API key configured")
                    .message().doesNotContain("dompet.finpay.snap.base-url");
        });
    }
}
