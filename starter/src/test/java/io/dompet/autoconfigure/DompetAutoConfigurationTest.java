package io.dompet.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.adapter.persistence.embedded.EmbeddedPostgresServer;
import io.dompet.adapter.web.security.ApiKeys;
import io.dompet.adapter.web.topup.TopUpController;
import io.dompet.application.port.in.GetTopUpQuery;
import io.dompet.application.port.in.GetWalletQuery;
import io.dompet.application.port.in.InquireTopUpUseCase;
import io.dompet.application.port.in.TopUpCustomerUseCase;
import io.dompet.autoconfigure.sandbox.SandboxModeEnvironment;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.AbstractApplicationContextRunner;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.SecurityFilterChain;

/**
 * What an application gets from the starter's auto-configuration, and that each bean it could bring itself backs off
 * for its own: a context of Spring Boot's auto-configurations and dompet's, on a real PostgreSQL, in sandbox mode
 * pointed at an external sandbox (nothing calls it here).
 */
class DompetAutoConfigurationTest {

    private static EmbeddedPostgresServer postgres;

    private static final AutoConfigurations BOOT = AutoConfigurations.of(
            org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration.class,
            org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration.class,
            org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration.class,
            org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration.class,
            org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration.class,
            org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration.class,
            org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration.class,
            org.springframework.boot.autoconfigure.context.LifecycleAutoConfiguration.class,
            org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration.class,
            org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration.class,
            org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration.class,
            org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration.class,
            org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration.class,
            org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration.class,
            org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration.class);
    private static final AutoConfigurations DOMPET = AutoConfigurations.of(DompetAutoConfiguration.class,
            DompetWebAutoConfiguration.class, DompetMetricsAutoConfiguration.class);

    @BeforeAll
    static void start() {
        postgres = EmbeddedPostgresServer.startTemporary();
    }

    @AfterAll
    static void stop() {
        postgres.close();
    }

    private static <R extends AbstractApplicationContextRunner<R, ?, ?>> R configured(R runner) {
        return runner.withConfiguration(BOOT).withConfiguration(DOMPET)
                .withInitializer(context -> new SandboxModeEnvironment()
                        .postProcessEnvironment(context.getEnvironment(), new SpringApplication()))
                .withPropertyValues("spring.datasource.url=" + postgres.jdbcUrl(),
                        "spring.datasource.username=" + postgres.username(), "dompet.sandbox.enabled=true",
                        "dompet.sandbox.external-url=http://localhost:1", "dompet.reconciliation.enabled=false",
                        "dompet.webhook-delivery.enabled=false");
    }

    private static WebApplicationContextRunner web() {
        return configured(new WebApplicationContextRunner());
    }

    @Test
    void aServletApplicationGetsTheUseCasesAndTheRestAdapterWithItsSecurityChain() {
        web().run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(TopUpCustomerUseCase.class).hasSingleBean(GetTopUpQuery.class)
                    .hasSingleBean(GetWalletQuery.class).hasSingleBean(InquireTopUpUseCase.class)
                    .hasSingleBean(TopUpController.class).hasSingleBean(ApiKeys.class)
                    .hasBean("apiSecurityFilterChain");
        });
    }

    @Test
    void theApplicationsOwnClockAndTopUpUseCaseWinAndTheOtherUseCasesStay() {
        web().withUserConfiguration(MerchantBeans.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(Clock.class)).isSameAs(MerchantBeans.CLOCK);
            assertThat(context.getBean(TopUpCustomerUseCase.class)).isSameAs(MerchantBeans.TOP_UP);
            assertThat(context.getBean(GetWalletQuery.class)).isSameAs(MerchantBeans.WALLETS);
            assertThat(context).hasSingleBean(GetTopUpQuery.class).hasSingleBean(InquireTopUpUseCase.class)
                    .hasSingleBean(TopUpController.class);
        });
    }

    @Test
    void withTheWebSwitchedOffThereIsNoControllerAndNoSecurityChainButTheUseCasesStay() {
        web().withPropertyValues("dompet.web.enabled=false").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(TopUpController.class).doesNotHaveBean(ApiKeys.class)
                    .doesNotHaveBean("apiSecurityFilterChain");
            assertThat(context.getBeansOfType(SecurityFilterChain.class).keySet())
                    .as("Spring Boot's own default chain at most").doesNotContain("apiSecurityFilterChain");
            assertThat(context).hasSingleBean(TopUpCustomerUseCase.class);
        });
    }

    @Test
    void anApplicationThatIsNotAServletWebApplicationGetsTheUseCasesWithoutTheRestAdapter() {
        configured(new ApplicationContextRunner()).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(TopUpCustomerUseCase.class).doesNotHaveBean(TopUpController.class)
                    .doesNotHaveBean(SecurityFilterChain.class);
        });
    }

    @Test
    void aBadSettingStopsTheStartNamingThePropertyNeverItsValue() {
        web().withPropertyValues("dompet.sandbox.external-url=http://10.20.30.40:8089").run(context -> {
            assertThat(context).hasFailed();
            Throwable cause = context.getStartupFailure();
            while (cause.getCause() != null && !(cause instanceof StartupConfigurationCheck.InvalidConfigurationException)) {
                cause = cause.getCause();
            }
            assertThat(cause).isInstanceOf(StartupConfigurationCheck.InvalidConfigurationException.class)
                    .hasMessageContaining("dompet.sandbox.external-url").message().doesNotContain("10.20.30.40");
        });
    }

    @Test
    void dompetsMigrationWaitsForTheApplicationsOwnFlyway() {
        web().withConfiguration(AutoConfigurations.of(
                        org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration.class))
                .withPropertyValues("spring.flyway.baseline-on-migrate=true").run(context -> {
                    assertThat(context).hasNotFailed();
                    String[] flyway = context.getBeanNamesForType(
                            org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer.class);
                    assertThat(flyway).hasSize(1);
                    assertThat(context.getBeanFactory().getBeanDefinition("dompetSchemaMigration").getDependsOn())
                            .contains(flyway[0]);
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class MerchantBeans {

        static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
        static final TopUpCustomerUseCase TOP_UP = command -> {
            throw new UnsupportedOperationException("the merchant's own");
        };
        static final GetWalletQuery WALLETS = customer -> Optional.empty();

        @Bean
        Clock merchantClock() {
            return CLOCK;
        }

        @Bean
        TopUpCustomerUseCase merchantTopUps() {
            return TOP_UP;
        }

        @Bean
        GetWalletQuery merchantWallets() {
            return WALLETS;
        }
    }
}
