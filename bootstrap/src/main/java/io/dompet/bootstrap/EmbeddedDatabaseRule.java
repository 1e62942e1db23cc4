package io.dompet.bootstrap;

import io.dompet.autoconfigure.StartupConfigurationCheck;
import io.dompet.autoconfigure.sandbox.ModeDecision;
import io.dompet.bootstrap.properties.EmbeddedPostgresProperties;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The stand-alone application's database, checked with the rest of dompet's configuration
 * ({@link StartupConfigurationCheck}, which finds this rule in {@code META-INF/spring.factories}): without
 * {@code spring.datasource.url} the embedded PostgreSQL is used, by default in sandbox mode; in live mode only when
 * enabled explicitly, with an absolute data directory.
 */
public final class EmbeddedDatabaseRule implements StartupConfigurationCheck.Rule {

    static final String DATASOURCE_URL = ModeDecision.DATASOURCE_URL;
    static final String EMBEDDED_ENABLED = EmbeddedPostgresProperties.PREFIX + ".enabled";
    static final String EMBEDDED_DATA_DIR = EmbeddedPostgresProperties.PREFIX + ".data-dir";

    private final EmbeddedPostgresProperties embedded;
    private final @Nullable String datasourceUrl;

    public EmbeddedDatabaseRule(ConfigurableEnvironment environment) {
        this.embedded = Binder.get(environment).bindOrCreate(EmbeddedPostgresProperties.PREFIX,
                Bindable.of(EmbeddedPostgresProperties.class));
        this.datasourceUrl = environment.getProperty(DATASOURCE_URL);
    }

    @Override
    public void check(boolean sandbox, Set<String> properties, List<String> problems) {
        if (!isBlank(datasourceUrl)) {
            return;
        }
        boolean enabled = embedded.enabled() != null ? embedded.enabled() : sandbox;
        if (!enabled) {
            properties.add(DATASOURCE_URL);
            problems.add(DATASOURCE_URL + " must be set" + (sandbox ? " when " + EMBEDDED_ENABLED + "=false"
                    : ": live mode uses no embedded PostgreSQL unless " + EMBEDDED_ENABLED + "=true is set, with an"
                    + " absolute " + EMBEDDED_DATA_DIR));
        } else if (!sandbox && !isAbsolutePath(embedded.dataDir())) {
            properties.add(EMBEDDED_DATA_DIR);
            problems.add(EMBEDDED_DATA_DIR + " must be an absolute path in live mode (with " + EMBEDDED_ENABLED
                    + "=true): a relative directory is easily lost with its ledger");
        }
    }

    private static boolean isAbsolutePath(@Nullable String value) {
        if (isBlank(value)) {
            return false;
        }
        try {
            return Path.of(value.strip()).isAbsolute();
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
