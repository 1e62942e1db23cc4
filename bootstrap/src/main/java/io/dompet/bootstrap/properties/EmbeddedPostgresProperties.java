package io.dompet.bootstrap.properties;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dompet.embedded-postgres.*}: the embedded PostgreSQL used when no {@code spring.datasource.url} is configured.
 * In sandbox mode it is used by default, in {@code .dompet/pgdata}. In live mode it is used only when {@code enabled} is
 * set to true explicitly, and then {@code dataDir} must be an absolute path: a ledger in a relative directory of an
 * ephemeral container vanishes with it (checked by {@code StartupConfigurationCheck}).
 */
@ConfigurationProperties(EmbeddedPostgresProperties.PREFIX)
public record EmbeddedPostgresProperties(@Nullable Boolean enabled, @Nullable String dataDir) {

    public static final String PREFIX = "dompet.embedded-postgres";
}
