package io.dompet.autoconfigure;

import io.dompet.adapter.finpay.signature.InvalidKeyMaterialException;
import io.dompet.adapter.finpay.signature.KeyMaterial;
import io.dompet.adapter.web.security.ApiKeys;
import io.dompet.autoconfigure.properties.ApiProperties;
import io.dompet.autoconfigure.properties.BillWidgetProperties;
import io.dompet.autoconfigure.properties.TopUpWidgetProperties;
import io.dompet.autoconfigure.properties.NotifyProperties;
import io.dompet.autoconfigure.properties.SandboxProperties;
import io.dompet.autoconfigure.properties.SnapProperties;
import io.dompet.autoconfigure.sandbox.ModeDecision;
import io.dompet.autoconfigure.sandbox.SandboxValues;
import io.dompet.autoconfigure.sandbox.SandboxModeEnvironment;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;

/**
 * Refuses to start with a configuration dompet cannot work with, reporting every problem at once. Live mode (see
 * {@link ModeDecision}) needs every required Finpay property (the Notify partner and merchant ids included), at least
 * one API key, and accepts none of the sandbox's public credentials, keys or API key (when the sandbox is on the
 * class path to compare with). Sandbox mode refuses a Finpay base URL (no mixed mode) and needs the sandbox on the class
 * path. In either mode the API key digests and the key material must be usable. What an application adds to dompet is
 * checked with the rest by the {@link Rule}s listed in {@code META-INF/spring.factories} (the stand-alone application's
 * embedded database). Messages name properties, never values.
 *
 * <p>It is a {@link BeanFactoryPostProcessor} only so that Spring creates it before any other bean: a refused
 * configuration stops start-up before an embedded PostgreSQL starts or a {@code DataSource} is attempted.
 * {@link SandboxValues} finds the sandbox's public values in a live configuration.
 */
public final class StartupConfigurationCheck implements BeanFactoryPostProcessor {

    /**
     * A check of what an application adds to dompet's configuration, reported with dompet's own problems: listed in
     * {@code META-INF/spring.factories} under this interface's name, with a constructor taking nothing or the
     * {@link ConfigurableEnvironment}.
     */
    public interface Rule {

        /** Adds each problem to {@code properties} (the names) and {@code problems} (the messages, never a value). */
        void check(boolean sandbox, Set<String> properties, List<String> problems);
    }

    StartupConfigurationCheck(ModeDecision mode, ApiProperties api, SandboxProperties sandbox, SnapProperties snap,
                              TopUpWidgetProperties money, BillWidgetProperties billWidget, NotifyProperties notify,
                              List<? extends Rule> rules) {
        Set<String> properties = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        if (mode.sandbox() != sandbox.enabled()) {
            properties.add(ModeDecision.ENABLED);
            problems.add("the configuration changed after the mode was decided (" + mode.reason()
                    + "): set " + ModeDecision.ENABLED + " explicitly");
        }
        if (sandbox.enabled()) {
            if (!ModeDecision.sandboxOnClassPath()) {
                properties.add(ModeDecision.ENABLED);
                problems.add(ModeDecision.ENABLED + "=true needs the Finpay sandbox, io.dompet:finpay-sandbox, on the"
                        + " class path");
            }
            if (!mode.baseUrls().isEmpty()) {
                properties.addAll(mode.baseUrls());
                problems.add(ModeDecision.ENABLED + "=true cannot be combined with a Finpay base URL (no mixed mode):"
                        + " unset " + String.join(", ", mode.baseUrls()) + " or " + ModeDecision.ENABLED);
            }
            String externalProblem = externalUrlProblem(sandbox.externalUrl());
            if (externalProblem != null) {
                properties.add(SandboxModeEnvironment.EXTERNAL_URL);
                problems.add(SandboxModeEnvironment.EXTERNAL_URL + " " + externalProblem);
            }
        } else {
            List<String> missing = new ArrayList<>();
            missing.addAll(snap.missing());
            missing.addAll(money.missing());
            missing.addAll(billWidget.missing());
            missing.addAll(notify.missing());
            if (!missing.isEmpty()) {
                properties.addAll(missing);
                problems.add(mode.reason() + ", so these must be set: " + String.join(", ", missing));
            }
            if (!isBlank(sandbox.externalUrl())) {
                properties.add(SandboxModeEnvironment.EXTERNAL_URL);
                problems.add(SandboxModeEnvironment.EXTERNAL_URL + " is for sandbox mode only");
            }
            List<String> sandboxValues = ModeDecision.sandboxOnClassPath()
                    ? SandboxValues.foundIn(api, snap, money, billWidget, notify) : List.of();
            if (!sandboxValues.isEmpty()) {
                properties.addAll(sandboxValues);
                problems.add("these hold the Finpay sandbox's public credentials or keys, which live mode never"
                        + " accepts: " + String.join(", ", sandboxValues));
            }
        }
        for (Rule rule : rules) {
            rule.check(sandbox.enabled(), properties, problems);
        }
        try {
            ApiKeys keys = ApiKeys.of(api.keys(), sandbox.enabled());
            try {
                keys.withRoles(api.rolesByClient());
            } catch (IllegalArgumentException e) {
                properties.add("dompet.api.clients.<client-name>.roles");
                problems.add(e.getMessage());
            }
        } catch (IllegalArgumentException e) {
            properties.add("dompet.api.keys.<client-name>");
            problems.add(e.getMessage());
        }
        parse(SnapProperties.PREFIX + ".private-key", snap.privateKey(), KeyMaterial::privateKey, properties, problems);
        parse(NotifyProperties.PREFIX + ".public-key", notify.publicKey(), KeyMaterial::publicKey, properties, problems);
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(List.copyOf(properties), String.join("; ", problems));
        }
    }

    /** The check of what {@code environment} holds, bound as the {@code @ConfigurationProperties} beans will be. */
    public static StartupConfigurationCheck of(ConfigurableEnvironment environment) {
        Binder binder = Binder.get(environment);
        return new StartupConfigurationCheck(ModeDecision.of(environment),
                binder.bindOrCreate("dompet.api", Bindable.of(ApiProperties.class)),
                binder.bindOrCreate(SandboxProperties.PREFIX, Bindable.of(SandboxProperties.class)),
                binder.bindOrCreate(SnapProperties.PREFIX, Bindable.of(SnapProperties.class)),
                binder.bindOrCreate(TopUpWidgetProperties.PREFIX, Bindable.of(TopUpWidgetProperties.class)),
                binder.bindOrCreate(BillWidgetProperties.PREFIX, Bindable.of(BillWidgetProperties.class)),
                binder.bindOrCreate(NotifyProperties.PREFIX, Bindable.of(NotifyProperties.class)),
                SpringFactoriesLoader.forDefaultResourceLocation(StartupConfigurationCheck.class.getClassLoader())
                        .load(Rule.class, ArgumentResolver.of(ConfigurableEnvironment.class, environment)));
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        // the check ran when this was created
    }

    /**
     * Why {@code dompet.sandbox.external-url} is unusable, or null. Only a loopback {@code http(s)://host:port} is
     * accepted: sandbox mode accepts the documented sandbox API key, so it must never reach anything but a sandbox on
     * this machine.
     */
    private static @Nullable String externalUrlProblem(@Nullable String value) {
        if (isBlank(value)) {
            return null;
        }
        URI url;
        try {
            url = new URI(SandboxModeEnvironment.externalBase(value));
        } catch (URISyntaxException e) {
            return "is not a URL";
        }
        if (!("http".equals(url.getScheme()) || "https".equals(url.getScheme())) || url.getHost() == null
                || url.getRawUserInfo() != null || !isBlank(url.getRawPath()) || url.getRawQuery() != null
                || url.getRawFragment() != null) {
            return "must be http(s)://HOST:PORT, without path, query or user";
        }
        String host = url.getHost();
        try {
            if (!"localhost".equalsIgnoreCase(host)
                    && !InetAddress.getByName(host.replaceAll("^\\[|]$", "")).isLoopbackAddress()) {
                return "must name this machine (localhost or a loopback address)";
            }
        } catch (UnknownHostException e) {
            return "must name this machine (localhost or a loopback address)";
        }
        return null;
    }

    private static void parse(String property, @Nullable String value, Function<String, ?> parser,
                              Set<String> properties, List<String> problems) {
        if (isBlank(value)) {
            return;
        }
        try {
            parser.apply(value);
        } catch (InvalidKeyMaterialException e) {
            properties.add(property);
            problems.add(property + " is not usable: " + e.getMessage());
        }
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    /** A configuration dompet cannot start with; the message names the properties, never their values. */
    public static final class InvalidConfigurationException extends IllegalStateException {

        private final List<String> properties;

        public InvalidConfigurationException(List<String> properties, String message) {
            super(message);
            this.properties = List.copyOf(properties);
        }

        public List<String> properties() {
            return properties;
        }
    }
}
