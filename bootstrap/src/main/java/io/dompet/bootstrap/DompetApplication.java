package io.dompet.bootstrap;

import io.dompet.adapter.persistence.embedded.EmbeddedDatabaseConfiguration;
import io.dompet.adapter.web.security.ApiSecurityConfiguration;
import io.dompet.bootstrap.doctor.DoctorApplication;
import io.dompet.bootstrap.properties.EmbeddedPostgresProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * dompet, the stand-alone Spring Boot application: the thinnest user of dompet's Spring Boot starter
 * ({@code io.dompet.autoconfigure}, which wires everything dompet is), adding only what running on its own needs: the
 * embedded PostgreSQL when no {@code spring.datasource.url} is configured, the Finpay sandbox on the class path (sandbox
 * mode), a security chain denying every path outside dompet's own, and the connection doctor. There is no component
 * scan.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
@Import(EmbeddedDatabaseConfiguration.class)
public class DompetApplication {

    /** Runs dompet; with {@code --dompet.doctor}, the connection doctor instead ({@link DoctorApplication}). */
    public static void main(String[] args) {
        if (DoctorApplication.requested(args)) {
            System.exit(DoctorApplication.run(System.out, args));
        }
        SpringApplication.run(DompetApplication.class, args);
    }

    /**
     * Deny by default: every path outside dompet's security chain (the API, the callbacks, health, metrics and the API
     * description) is answered 403, so that an actuator endpoint or a static resource exposed by accident stays closed.
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain denyEverythingElse(HttpSecurity http,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver exceptionResolver) throws Exception {
        return ApiSecurityConfiguration.denyEverythingElse(http, exceptionResolver);
    }
}
