package io.dompet.bootstrap.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Every architecture rule against dompet's production classes, all modules together. Fails the build. */
@AnalyzeClasses(packages = "io.dompet", importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeTestJars.class,
        ArchitectureTest.DoNotIncludeTheClient.class})
class ArchitectureTest {

    @ArchTest static final ArchRule domain_depends_only_on_the_jdk = ArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_THE_JDK;
    @ArchTest static final ArchRule application_depends_only_on_the_domain = ArchitectureRules.APPLICATION_DEPENDS_ONLY_ON_THE_DOMAIN;
    @ArchTest static final ArchRule core_is_free_of_frameworks = ArchitectureRules.CORE_IS_FREE_OF_FRAMEWORKS;
    @ArchTest static final ArchRule adapters_do_not_depend_on_each_other = ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER;
    @ArchTest static final ArchRule adapters_do_not_depend_on_services = ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_SERVICES;
    @ArchTest static final ArchRule ports_in_do_not_depend_on_ports_out = ArchitectureRules.PORTS_IN_DO_NOT_DEPEND_ON_PORTS_OUT;
    @ArchTest static final ArchRule ports_out_do_not_depend_on_ports_in = ArchitectureRules.PORTS_OUT_DO_NOT_DEPEND_ON_PORTS_IN;
    @ArchTest static final ArchRule jdbc_only_in_persistence = ArchitectureRules.JDBC_ONLY_IN_PERSISTENCE;
    @ArchTest static final ArchRule feign_only_in_finpay = ArchitectureRules.FEIGN_ONLY_IN_FINPAY;
    @ArchTest static final ArchRule controllers_only_in_web = ArchitectureRules.CONTROLLERS_ONLY_IN_WEB;
    @ArchTest static final ArchRule web_mvc_only_in_web = ArchitectureRules.WEB_MVC_ONLY_IN_WEB;
    @ArchTest static final ArchRule only_bootstrap_depends_on_the_sandbox = ArchitectureRules.ONLY_BOOTSTRAP_DEPENDS_ON_THE_SANDBOX;
    @ArchTest static final ArchRule the_sandbox_shares_no_code_with_dompet = ArchitectureRules.THE_SANDBOX_SHARES_NO_CODE_WITH_DOMPET;
    @ArchTest static final ArchRule only_bootstrap_depends_on_the_starter = ArchitectureRules.ONLY_BOOTSTRAP_DEPENDS_ON_THE_STARTER;
    @ArchTest static final ArchRule use_cases_are_named_for_their_role = ArchitectureRules.USE_CASES_ARE_NAMED_FOR_THEIR_ROLE;
    @ArchTest static final ArchRule in_port_records_are_named_for_their_role = ArchitectureRules.IN_PORT_RECORDS_ARE_NAMED_FOR_THEIR_ROLE;
    @ArchTest static final ArchRule out_ports_are_named_for_their_role = ArchitectureRules.OUT_PORTS_ARE_NAMED_FOR_THEIR_ROLE;
    @ArchTest static final ArchRule services_are_named_for_their_role = ArchitectureRules.SERVICES_ARE_NAMED_FOR_THEIR_ROLE;
    @ArchTest static final ArchRule controllers_are_named_for_their_role = ArchitectureRules.CONTROLLERS_ARE_NAMED_FOR_THEIR_ROLE;
    @ArchTest static final ArchRule persistence_adapters_are_named_for_their_role = ArchitectureRules.PERSISTENCE_ADAPTERS_ARE_NAMED_FOR_THEIR_ROLE;
    @ArchTest static final ArchRule no_vague_names = ArchitectureRules.NO_VAGUE_NAMES;
    @ArchTest static final ArchRule no_package_cycles = ArchitectureRules.NO_PACKAGE_CYCLES;
    @ArchTest static final ArchRule no_field_injection = ArchitectureRules.NO_FIELD_INJECTION;
    @ArchTest static final ArchRule nothing_depends_on_the_client = ArchitectureRules.NOTHING_DEPENDS_ON_THE_CLIENT;

    /** Leaves out the generated client (dompet-client): not part of the hexagon, see {@link ClientArchitectureTest}. */
    static final class DoNotIncludeTheClient implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/io/dompet/client/");
        }
    }

    /** Leaves out test jars (the application's shared in-memory fakes), which Maven puts on this classpath as jars. */
    static final class DoNotIncludeTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }
}
