package io.dompet.autoconfigure;

import io.dompet.adapter.web.WebAdapterConfiguration;
import io.dompet.adapter.web.security.ApiKeys;
import io.dompet.autoconfigure.properties.ApiProperties;
import io.dompet.autoconfigure.properties.SandboxProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * dompet's REST adapter ({@link WebAdapterConfiguration}: the API under {@code /api}, Finpay's callback, problem details,
 * the API-key security chain of dompet's own paths) with the bound on concurrent Finpay calls and its drain at
 * shutdown. On by default in a servlet web application; off with {@value #ENABLED}{@code =false} (the use cases stay).
 *
 * <p>Before Spring Boot's Spring MVC, error page and security configurations, so that theirs back off for dompet's
 * problem handler, error controller, security filter chain and authentication manager, as they did when bootstrap
 * imported the adapter itself (their beans are used when dompet's are made, whatever the order).
 */
@AutoConfiguration(after = DompetAutoConfiguration.class,
        beforeName = {"org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
                "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration",
                "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
                "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
                "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
                "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBooleanProperty(name = DompetWebAutoConfiguration.ENABLED, matchIfMissing = true)
@Import({WebAdapterConfiguration.class, FinpayCallConfiguration.class})
public class DompetWebAutoConfiguration {

    /** The switch of dompet's REST adapter. */
    public static final String ENABLED = "dompet.web.enabled";

    /** Depends on the check, so that a bad key configuration is reported with every other problem. */
    @Bean
    @ConditionalOnMissingBean
    ApiKeys apiKeys(ApiProperties api, SandboxProperties sandbox, StartupConfigurationCheck checked) {
        return ApiKeys.of(api.keys(), sandbox.enabled()).withRoles(api.rolesByClient());
    }
}
