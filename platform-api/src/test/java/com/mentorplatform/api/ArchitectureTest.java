package com.mentorplatform.api;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.http.annotation.Controller;
import jakarta.inject.Inject;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The API's structural rules, stated once. Each failure message names the section of docs/ARCHITECTURE.md
 * that explains the rule.
 */
@AnalyzeClasses(packages = "com.mentorplatform.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {


    @ArchTest
    static final ArchRule features_have_no_cycles =
            slices().matching("com.mentorplatform.api.(*)..").should().beFreeOfCycles()
                    .because(explained("features depend one way", "How features read each other's data"));

    @ArchTest
    static final ArchRule controllers_never_touch_repositories =
            noClasses().that().areAnnotatedWith(Controller.class)
                    .should().dependOnClassesThat().areAnnotatedWith(JdbcRepository.class)
                    .because(explained("the service owns the rules and the transaction", "A request's journey through the API"));

    @ArchTest
    static final ArchRule repositories_are_package_private_to_their_feature =
            classes().that().areAnnotatedWith(JdbcRepository.class).should().notBePublic()
                    .because(explained("another feature asks through the owner's service", "How features read each other's data"));

    @ArchTest
    static final ArchRule controllers_are_package_private =
            classes().that().areAnnotatedWith(Controller.class).should().notBePublic()
                    .because(explained("only the router calls a controller", "Packages of the API"));

    @ArchTest
    static final ArchRule no_field_injection =
            noFields().should().beAnnotatedWith(Inject.class)
                    .because("constructor injection keeps dependencies visible and classes testable");

    @ArchTest
    static final ArchRule no_system_out =
            noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                    .because("the API logs through SLF4J, where secrets are kept out (SecretsInLogsTest)");

    @ArchTest
    static final ArchRule the_api_does_not_reach_into_the_console =
            noClasses().should().dependOnClassesThat().resideInAPackage("com.mentorplatform.ui..")
                    .because(explained("data flows from the console to the API, never back", "Modules, and the one way data flows"));

    @ArchTest
    static final ArchRule only_the_database_feature_opens_connections_itself =
            noClasses().that().resideOutsideOfPackages("com.mentorplatform.api.database..", "com.mentorplatform.api.tenancy..")
                    .should().dependOnClassesThat().haveFullyQualifiedName("java.sql.DriverManager")
                    .because(explained("pooled connections run as platform_app under row-level security", "The two tenant locks, and the keys"));

    private static String explained(String reason, String section) {
        return reason + " (docs/ARCHITECTURE.md, \"" + section + "\")";
    }
}
