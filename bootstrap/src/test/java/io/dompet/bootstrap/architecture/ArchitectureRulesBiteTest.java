package io.dompet.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves that every architecture rule bites: each is checked against a deliberately violating fixture (test sources,
 * {@code archfixture} packages) and must fail, naming the offending class.
 */
class ArchitectureRulesBiteTest {

    static Stream<Arguments> violations() {
        return Stream.of(
                violation(ArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_THE_JDK, io.dompet.domain.archfixture.DomainUsingSpring.class),
                violation(ArchitectureRules.APPLICATION_DEPENDS_ONLY_ON_THE_DOMAIN, io.dompet.application.archfixture.ApplicationUsingLogging.class),
                violation(ArchitectureRules.CORE_IS_FREE_OF_FRAMEWORKS, io.dompet.domain.archfixture.DomainUsingSpring.class),
                violation(ArchitectureRules.CORE_IS_FREE_OF_FRAMEWORKS, io.dompet.application.archfixture.ApplicationUsingJdbc.class),
                violation(ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER, io.dompet.adapter.web.archfixture.WebUsingPersistence.class),
                violation(ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_SERVICES, io.dompet.adapter.web.archfixture.WebUsingAService.class),
                violation(ArchitectureRules.PORTS_IN_DO_NOT_DEPEND_ON_PORTS_OUT, io.dompet.application.port.in.archfixture.LeakyUseCase.class),
                violation(ArchitectureRules.PORTS_OUT_DO_NOT_DEPEND_ON_PORTS_IN, io.dompet.application.port.out.archfixture.LeakyPort.class),
                violation(ArchitectureRules.JDBC_ONLY_IN_PERSISTENCE, io.dompet.adapter.web.archfixture.WebUsingJdbc.class),
                violation(ArchitectureRules.FEIGN_ONLY_IN_FINPAY, io.dompet.adapter.web.archfixture.WebUsingFeign.class),
                violation(ArchitectureRules.CONTROLLERS_ONLY_IN_WEB, io.dompet.adapter.finpay.archfixture.FinpayController.class),
                violation(ArchitectureRules.WEB_MVC_ONLY_IN_WEB, io.dompet.adapter.finpay.archfixture.FinpayController.class),
                violation(ArchitectureRules.ONLY_BOOTSTRAP_DEPENDS_ON_THE_SANDBOX, io.dompet.adapter.finpay.archfixture.FinpayUsingSandbox.class),
                violation(ArchitectureRules.THE_SANDBOX_SHARES_NO_CODE_WITH_DOMPET, io.dompet.sandbox.archfixture.SandboxUsingMoney.class),
                violation(ArchitectureRules.ONLY_BOOTSTRAP_DEPENDS_ON_THE_STARTER, io.dompet.adapter.web.archfixture.WebUsingTheStarter.class),
                violation(ArchitectureRules.USE_CASES_ARE_NAMED_FOR_THEIR_ROLE, io.dompet.application.port.in.archfixture.TopUpper.class),
                violation(ArchitectureRules.IN_PORT_RECORDS_ARE_NAMED_FOR_THEIR_ROLE, io.dompet.application.port.in.archfixture.TopUpInput.class),
                violation(ArchitectureRules.OUT_PORTS_ARE_NAMED_FOR_THEIR_ROLE, io.dompet.application.port.out.archfixture.WalletStore.class),
                violation(ArchitectureRules.SERVICES_ARE_NAMED_FOR_THEIR_ROLE, io.dompet.application.service.archfixture.WalletReader.class),
                violation(ArchitectureRules.CONTROLLERS_ARE_NAMED_FOR_THEIR_ROLE, io.dompet.adapter.web.archfixture.WalletEndpoint.class),
                violation(ArchitectureRules.PERSISTENCE_ADAPTERS_ARE_NAMED_FOR_THEIR_ROLE, io.dompet.adapter.persistence.archfixture.WalletStorage.class),
                violation(ArchitectureRules.NO_VAGUE_NAMES, io.dompet.adapter.web.archfixture.WalletManager.class),
                violation(ArchitectureRules.NO_PACKAGE_CYCLES, io.dompet.adapter.web.archfixture.cycle.a.A.class,
                        io.dompet.adapter.web.archfixture.cycle.b.B.class),
                violation(ArchitectureRules.NO_FIELD_INJECTION, io.dompet.adapter.web.archfixture.FieldInjected.class),
                violation(ArchitectureRules.NOTHING_DEPENDS_ON_THE_CLIENT, io.dompet.adapter.web.archfixture.WebUsingTheClient.class),
                violation(ArchitectureRules.THE_CLIENT_DEPENDS_ON_NO_DOMPET_CODE, io.dompet.client.archfixture.ClientUsingMoney.class));
    }

    private static Arguments violation(ArchRule rule, Class<?>... fixtures) {
        return Arguments.of(rule.getDescription(), rule, fixtures);
    }

    @ParameterizedTest(name = "the rule \"{0}\" fails on its violating fixture")
    @MethodSource("violations")
    void everyRuleFailsOnItsViolatingFixture(String description, ArchRule rule, Class<?>[] fixtures) {
        JavaClasses classes = new ClassFileImporter().importClasses(fixtures);

        assertThatThrownBy(() -> rule.check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(description)
                .hasMessageContaining(fixtures[0].getSimpleName());
    }
}
