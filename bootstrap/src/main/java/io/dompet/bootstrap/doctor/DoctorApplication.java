package io.dompet.bootstrap.doctor;

import io.dompet.autoconfigure.properties.BillWidgetProperties;
import io.dompet.autoconfigure.properties.NotifyProperties;
import io.dompet.autoconfigure.properties.SandboxProperties;
import io.dompet.autoconfigure.properties.SnapProperties;
import io.dompet.autoconfigure.properties.TopUpWidgetProperties;
import io.dompet.autoconfigure.sandbox.ModeDecision;
import io.dompet.autoconfigure.sandbox.SandboxConfiguration;
import io.dompet.sandbox.FinpaySandbox;
import io.dompet.sandbox.config.NotifyVariant;
import java.io.PrintStream;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.SimpleCommandLinePropertySource;

/**
 * The connection doctor as a run of its own: {@code java -jar dompet.jar --dompet.doctor}. dompet's configuration as
 * dompet reads it ({@code application.yml}, environment variables, the command line; sandbox or live mode decided the
 * same way, and in sandbox mode the in-process sandbox), but no web server, no database and no Flyway: the doctor
 * stores nothing. Prints the report on standard output; the exit code is 0 when every Finpay API accepted the
 * configured values, 1 otherwise, 2 when the configuration cannot even be read.
 */
public final class DoctorApplication {

    /** The command-line flag: {@code --dompet.doctor} (or {@code --dompet.doctor=true}). */
    public static final String FLAG = DoctorProperties.PREFIX;

    private DoctorApplication() {
    }

    /** Whether {@code args} ask for the doctor rather than for dompet. */
    public static boolean requested(String... args) {
        SimpleCommandLinePropertySource commandLine = new SimpleCommandLinePropertySource(args);
        String value = commandLine.getProperty(FLAG);
        return value != null && !value.strip().equalsIgnoreCase("false");
    }

    /** Runs the doctor with dompet's command-line {@code args}; prints the report to {@code out}; the exit code. */
    public static int run(PrintStream out, String... args) {
        SpringApplication application = new SpringApplication(DoctorConfiguration.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        ConfigurableApplicationContext context;
        try {
            context = application.run(args);
        } catch (RuntimeException e) {
            out.println("The connection doctor could not read dompet's configuration: see the report above.");
            return 2;
        }
        try (context) {
            ConfigurableEnvironment environment = context.getEnvironment();
            DoctorReport report = context.getBean(ConnectionDoctor.class).examine();
            report.print(out, "dompet connection doctor, " + ModeDecision.of(environment).reason() + ": at most "
                    + context.getBean(DoctorProperties.class).maxCalls() + " calls to Finpay, each within the adapters'"
                    + " timeouts; no top-up is sent and nothing is stored");
            return report.exitCode();
        }
    }

    /** The doctor's context: the properties, the sandbox in sandbox mode, the doctor. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({SandboxProperties.class, SnapProperties.class, TopUpWidgetProperties.class,
            BillWidgetProperties.class, NotifyProperties.class, DoctorProperties.class})
    @Import(SandboxConfiguration.class)
    static class DoctorConfiguration {

        /**
         * In sandbox mode Notify is checked with a notification signed by the sandbox's key, by the recipe the
         * in-process sandbox signs with (an external sandbox: its default recipe).
         */
        @Bean
        ConnectionDoctor connectionDoctor(ConfigurableEnvironment environment, DoctorProperties doctor,
                                          SandboxProperties sandbox, ObjectProvider<FinpaySandbox> inProcess) {
            Clock clock = Clock.systemUTC();
            ConfiguredValues values = new ConfiguredValues(environment);
            FinpaySandbox running = inProcess.getIfAvailable();
            SandboxNotifySigner signer = sandbox.enabled() ? SandboxNotifySigner.of(
                    running != null ? running.settings().notifyVariant() : NotifyVariant.defaults()) : null;
            return new ConnectionDoctor(values, doctor, clock, new NotifyCheck(values, clock, signer));
        }
    }
}
