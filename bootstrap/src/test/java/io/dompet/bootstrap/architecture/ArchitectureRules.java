package io.dompet.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * dompet's architecture as ArchUnit rules, one constant per rule so that every violation is reported on its own.
 * {@link ArchitectureTest} checks them against the production classes; {@link ArchitectureRulesBiteTest} checks that
 * each of them fails on a deliberately violating fixture.
 */
final class ArchitectureRules {

    static final String DOMAIN = "io.dompet.domain..";
    static final String APPLICATION = "io.dompet.application..";
    static final String PORT_IN = "io.dompet.application.port.in..";
    static final String PORT_OUT = "io.dompet.application.port.out..";
    static final String SERVICE = "io.dompet.application.service..";
    static final String ADAPTERS = "io.dompet.adapter..";
    static final String FINPAY = "io.dompet.adapter.finpay..";
    static final String PERSISTENCE = "io.dompet.adapter.persistence..";
    static final String WEB = "io.dompet.adapter.web..";
    static final String BOOTSTRAP = "io.dompet.bootstrap..";
    /** The Spring Boot starter's auto-configuration: adapter-level wiring, which only bootstrap (and examples) use. */
    static final String STARTER = "io.dompet.autoconfigure..";
    /** The starter's sandbox mode, active only when the Finpay sandbox is on the class path. */
    static final String STARTER_SANDBOX = "io.dompet.autoconfigure.sandbox..";
    static final String SANDBOX = "io.dompet.sandbox..";
    /** dompet-client, generated from the contract: outside the hexagon. */
    static final String CLIENT = "io.dompet.client..";

    private static final String[] FRAMEWORKS = {"org.springframework..", "feign..", "com.fasterxml..", "tools.jackson..",
            "java.sql..", "javax.sql..", "jakarta..", "javax.persistence..", "org.slf4j..", "org.bouncycastle.."};
    private static final String[] JDBC = {"java.sql..", "javax.sql..", "org.springframework.jdbc..", "org.flywaydb..",
            "org.postgresql..", "com.zaxxer.hikari.."};

    private ArchitectureRules() {
    }

    static final ArchRule DOMAIN_DEPENDS_ONLY_ON_THE_JDK = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..", "org.jspecify.annotations..")
            .as("the domain depends on the JDK alone");

    static final ArchRule APPLICATION_DEPENDS_ONLY_ON_THE_DOMAIN = classes().that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage(APPLICATION, DOMAIN, "java..", "org.jspecify.annotations..")
            .as("the application depends on the domain and the JDK alone");

    static final ArchRule CORE_IS_FREE_OF_FRAMEWORKS = noClasses().that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .as("no Spring, Feign, Jackson, JDBC, Jakarta, logging or crypto library in domain or application");

    static final ArchRule ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER = slices().matching("io.dompet.adapter.(*)..")
            .should().notDependOnEachOther()
            .as("adapters do not depend on each other");

    static final ArchRule ADAPTERS_DO_NOT_DEPEND_ON_SERVICES = noClasses().that().resideInAPackage(ADAPTERS)
            .should().dependOnClassesThat().resideInAPackage(SERVICE)
            .as("adapters use ports, never application services");

    static final ArchRule PORTS_IN_DO_NOT_DEPEND_ON_PORTS_OUT = noClasses().that().resideInAPackage(PORT_IN)
            .should().dependOnClassesThat().resideInAPackage(PORT_OUT)
            .as("port.in does not depend on port.out");

    static final ArchRule PORTS_OUT_DO_NOT_DEPEND_ON_PORTS_IN = noClasses().that().resideInAPackage(PORT_OUT)
            .should().dependOnClassesThat().resideInAPackage(PORT_IN)
            .as("port.out does not depend on port.in");

    static final ArchRule JDBC_ONLY_IN_PERSISTENCE = noClasses().that().resideOutsideOfPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAnyPackage(JDBC)
            .as("JDBC, Flyway and the connection pool are used in the persistence adapter only");

    static final ArchRule FEIGN_ONLY_IN_FINPAY = noClasses().that().resideOutsideOfPackage(FINPAY)
            .should().dependOnClassesThat().resideInAPackage("feign..")
            .as("OpenFeign is used in the Finpay adapter only");

    static final ArchRule CONTROLLERS_ONLY_IN_WEB = classes()
            .that().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
            .or().areAnnotatedWith(org.springframework.stereotype.Controller.class)
            .or().areAnnotatedWith(org.springframework.web.bind.annotation.RestControllerAdvice.class)
            .should().resideInAPackage(WEB)
            .as("controllers live in the web adapter only");

    static final ArchRule WEB_MVC_ONLY_IN_WEB = noClasses().that().resideOutsideOfPackages(WEB, STARTER, BOOTSTRAP)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..")
            .as("Spring MVC and the servlet API are used in the web adapter (and the starter and bootstrap) only");

    static final ArchRule ONLY_BOOTSTRAP_DEPENDS_ON_THE_SANDBOX = noClasses()
            .that().resideOutsideOfPackages(BOOTSTRAP, STARTER_SANDBOX, SANDBOX)
            .should().dependOnClassesThat().resideInAPackage(SANDBOX)
            .as("nothing but bootstrap and the starter's sandbox mode depends on the Finpay sandbox");

    static final ArchRule THE_SANDBOX_SHARES_NO_CODE_WITH_DOMPET = noClasses().that().resideInAPackage(SANDBOX)
            .should().dependOnClassesThat().resideInAnyPackage(DOMAIN, APPLICATION, ADAPTERS, STARTER, BOOTSTRAP)
            .as("the Finpay sandbox shares no code with dompet");

    static final ArchRule ONLY_BOOTSTRAP_DEPENDS_ON_THE_STARTER = noClasses().that().resideOutsideOfPackages(STARTER, BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage(STARTER)
            .as("nothing but bootstrap depends on the starter's wiring (the domain, application and adapters never)");

    static final ArchRule USE_CASES_ARE_NAMED_FOR_THEIR_ROLE = classes().that().resideInAPackage(PORT_IN).and().areInterfaces()
            .and().areTopLevelClasses().and().doNotHaveSimpleName("package-info")
            .should().haveSimpleNameEndingWith("UseCase").orShould().haveSimpleNameEndingWith("Query")
            .orShould().haveSimpleNameEndingWith("Result")
            .as("in-ports are named XxxUseCase or XxxQuery (sealed result types XxxResult)");

    static final ArchRule IN_PORT_RECORDS_ARE_NAMED_FOR_THEIR_ROLE = classes().that().resideInAPackage(PORT_IN).and().areRecords().and().areTopLevelClasses()
            .should().haveSimpleNameEndingWith("Command").orShould().haveSimpleNameEndingWith("Query")
            .orShould().haveSimpleNameEndingWith("Result")
            .allowEmptyShould(true)
            .as("in-port records are named XxxCommand, XxxQuery or XxxResult");

    static final ArchRule OUT_PORTS_ARE_NAMED_FOR_THEIR_ROLE = classes().that().resideInAPackage(PORT_OUT).and().areInterfaces()
            .and().areTopLevelClasses().and().doNotHaveSimpleName("package-info")
            .should().haveSimpleNameEndingWith("Port")
            .as("out-ports are named XxxPort");

    static final ArchRule SERVICES_ARE_NAMED_FOR_THEIR_ROLE = classes().that().resideInAPackage(SERVICE)
            .and().implement(com.tngtech.archunit.base.DescribedPredicate.describe("an in-port",
                    (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().startsWith("io.dompet.application.port.in")))
            .should().haveSimpleNameEndingWith("Service")
            .as("application services (implementations of in-ports) are named XxxService");

    static final ArchRule CONTROLLERS_ARE_NAMED_FOR_THEIR_ROLE = classes()
            .that().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
            .should().haveSimpleNameEndingWith("Controller")
            .as("controllers are named XxxController");

    static final ArchRule PERSISTENCE_ADAPTERS_ARE_NAMED_FOR_THEIR_ROLE = classes().that().resideInAPackage(PERSISTENCE)
            .and().implement(com.tngtech.archunit.base.DescribedPredicate.describe("an out-port",
                    (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().startsWith("io.dompet.application.port.out")))
            .should().haveSimpleNameEndingWith("Adapter")
            .as("classes implementing out-ports in persistence are named XxxAdapter");

    static final ArchRule NO_VAGUE_NAMES = noClasses().that().resideInAPackage("io.dompet..")
            .should().haveSimpleNameEndingWith("Impl").orShould().haveSimpleNameEndingWith("Dto")
            .orShould().haveSimpleNameEndingWith("DTO").orShould().haveSimpleNameEndingWith("Manager")
            .orShould().haveSimpleNameEndingWith("Helper").orShould().haveSimpleNameEndingWith("Util")
            .orShould().haveSimpleNameEndingWith("Utils")
            .as("no Impl, Dto, Manager, Helper or Util names");

    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("io.dompet.(**)").should().beFreeOfCycles()
            .as("no package cycles");

    static final ArchRule NOTHING_DEPENDS_ON_THE_CLIENT = noClasses().that().resideOutsideOfPackage(CLIENT)
            .should().dependOnClassesThat().resideInAPackage(CLIENT)
            .as("no dompet code depends on the generated client (only bootstrap's end-to-end tests use it)");

    static final ArchRule THE_CLIENT_DEPENDS_ON_NO_DOMPET_CODE = noClasses().that().resideInAPackage(CLIENT)
            .should().dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("io.dompet..")
                    .and(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage(CLIENT)))
            .as("the generated client depends on no dompet code: it is made from the contract alone");

    static final ArchRule NO_FIELD_INJECTION = GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
}
