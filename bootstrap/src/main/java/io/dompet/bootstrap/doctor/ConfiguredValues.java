package io.dompet.bootstrap.doctor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PlaceholdersResolver;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * dompet's configuration as the doctor varies it: a properties record bound exactly as at start-up, with some switches
 * set otherwise ({@code overrides}, property → value) on top of everything configured. Varying by property name, not
 * by settings record, keeps the doctor in step with the switches: a switch is its property and its values.
 */
final class ConfiguredValues {

    private final List<ConfigurationPropertySource> sources;
    private final PlaceholdersResolver placeholders;

    ConfiguredValues(ConfigurableEnvironment environment) {
        List<ConfigurationPropertySource> configured = new ArrayList<>();
        ConfigurationPropertySources.get(environment).forEach(configured::add);
        this.sources = List.copyOf(configured);
        this.placeholders = new PropertySourcesPlaceholdersResolver(environment);
    }

    /** The properties record under {@code prefix}, with {@code overrides} winning over what is configured. */
    <P> P bind(String prefix, Class<P> type, Map<String, String> overrides) {
        List<ConfigurationPropertySource> all = new ArrayList<>();
        if (!overrides.isEmpty()) {
            all.add(new MapConfigurationPropertySource(overrides));
        }
        all.addAll(sources);
        return new Binder(all, placeholders).bindOrCreate(prefix, Bindable.of(type));
    }

    /**
     * The value of {@code option} in force: the one of its values that binds {@code type} exactly as the configuration
     * does (so a default counts, and {@code HEX} is {@code hex}); a value configured outside the list as configured.
     */
    String current(Switch option, String prefix, Class<?> type) {
        Object configured = bind(prefix, type, Map.of());
        for (String value : option.values()) {
            if (Objects.equals(bind(prefix, type, Map.of(option.property(), value)), configured)) {
                return value;
            }
        }
        return new Binder(sources, placeholders).bind(option.property(), String.class).orElse("?");
    }
}
