package io.dompet.autoconfigure.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.util.ClassUtils;

/**
 * Whether dompet runs in sandbox mode, and why, decided from what the operator configured (dompet's own property
 * sources, which carry the decision and the sandbox's defaults, are not looked at).
 *
 * <p>Sandbox mode is on when {@code dompet.sandbox.enabled=true}, or when it is not set, the Finpay sandbox
 * ({@code io.dompet:finpay-sandbox}, an optional dependency of the starter) is on the class path and nothing at all is
 * configured: no {@code spring.datasource.url}, no {@code dompet.finpay.*} property of any kind and no
 * {@code dompet.api.keys.*}. Anything else is live mode, so an operator who forgets or misspells a setting gets a
 * refusal to start (see {@code StartupConfigurationCheck}), never a dompet that quietly talks to the sandbox.
 *
 * @param sandbox         whether sandbox mode is on
 * @param explicit        the value of {@code dompet.sandbox.enabled}, when it is set
 * @param configured      the configured properties that decide the mode when it is not explicit (names only)
 * @param baseUrls        which of the three Finpay base URLs are configured (names only)
 */
public record ModeDecision(boolean sandbox, @Nullable Boolean explicit, List<String> configured,
                           List<String> baseUrls) {

    public static final String ENABLED = "dompet.sandbox.enabled";
    public static final String DATASOURCE_URL = "spring.datasource.url";
    public static final List<String> BASE_URLS = List.of(
            "dompet.finpay.snap.base-url", "dompet.finpay.money.base-url", "dompet.finpay.bill-widget.base-url");

    /** A class of the Finpay sandbox, present when {@code io.dompet:finpay-sandbox} is on the class path. */
    public static final String SANDBOX_CLASS = "io.dompet.sandbox.FinpaySandbox";

    /** The property sources dompet adds itself; never part of what the operator configured. */
    static final String MODE_SOURCE = "dompet-sandbox-mode";
    static final String DEFAULTS_SOURCE = "dompet-sandbox-defaults";

    private static final ConfigurationPropertyName FINPAY = ConfigurationPropertyName.of("dompet.finpay");
    private static final ConfigurationPropertyName API_KEYS = ConfigurationPropertyName.of("dompet.api.keys");
    private static final ConfigurationPropertyName DATASOURCE = ConfigurationPropertyName.of(DATASOURCE_URL);
    private static final int REASON_NAMES = 8;

    public ModeDecision {
        configured = List.copyOf(configured);
        baseUrls = List.copyOf(baseUrls);
    }

    /** The decision for what {@code environment} holds from the operator. */
    public static ModeDecision of(ConfigurableEnvironment environment) {
        List<ConfigurationPropertySource> operator = new ArrayList<>();
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            if (!(source.getUnderlyingSource() instanceof PropertySource<?> underlying)
                    || !Set.of(MODE_SOURCE, DEFAULTS_SOURCE).contains(underlying.getName())) {
                operator.add(source);
            }
        }
        Binder binder = new Binder(operator, new PropertySourcesPlaceholdersResolver(environment));
        Boolean explicit = binder.bind(ENABLED, Boolean.class).orElse(null);
        Set<String> configured = new TreeSet<>();
        for (ConfigurationPropertySource source : operator) {
            if (source instanceof IterableConfigurationPropertySource iterable) {
                iterable.stream().filter(ModeDecision::decidesTheMode).map(ConfigurationPropertyName::toString)
                        .forEach(configured::add);
            }
        }
        List<String> baseUrls = BASE_URLS.stream()
                .filter(name -> binder.bind(name, String.class).map(value -> !value.isBlank()).orElse(false))
                .toList();
        boolean sandbox = explicit != null ? explicit : configured.isEmpty() && sandboxOnClassPath();
        return new ModeDecision(sandbox, explicit, List.copyOf(configured), baseUrls);
    }

    /** Whether the Finpay sandbox is on the class path: without it dompet runs in live mode only. */
    public static boolean sandboxOnClassPath() {
        return ClassUtils.isPresent(SANDBOX_CLASS, ModeDecision.class.getClassLoader());
    }

    private static boolean decidesTheMode(ConfigurationPropertyName name) {
        return FINPAY.isAncestorOf(name) || API_KEYS.isAncestorOf(name) || DATASOURCE.equals(name);
    }

    /** Why: which properties decided the mode (names, never values), as the start-up banner says it. */
    public String reason() {
        if (explicit != null) {
            return (sandbox ? "sandbox" : "live") + " mode: " + ENABLED + "=" + explicit;
        }
        if (sandbox) {
            return "sandbox mode: nothing configured";
        }
        if (configured.isEmpty()) {
            return "live mode: the Finpay sandbox (io.dompet:finpay-sandbox) is not on the class path";
        }
        List<String> shown = configured.size() > REASON_NAMES ? configured.subList(0, REASON_NAMES) : configured;
        String more = configured.size() > REASON_NAMES ? " and " + (configured.size() - REASON_NAMES) + " more" : "";
        return "live mode: " + String.join(", ", shown) + more + (configured.size() == 1 ? " is" : " are") + " set";
    }
}
