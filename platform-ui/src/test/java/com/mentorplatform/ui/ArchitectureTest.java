package com.mentorplatform.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "com.mentorplatform.ui", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule feature_packages_do_not_depend_on_each_other_in_cycles =
            slices().matching("com.mentorplatform.ui.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule the_console_never_reaches_into_the_api_module =
            noClasses().should().dependOnClassesThat().resideInAPackage("com.mentorplatform.api..")
                    .because("the console talks to the platform only over HTTP through its API client");

    @ArchTest
    static final ArchRule the_console_takes_only_the_models_from_the_generated_contract =
            noClasses().should().dependOnClassesThat().resideInAnyPackage(
                            "com.mentorplatform.client", "com.mentorplatform.client.api..")
                    .because("the console calls the API through its feature clients on ui.api.ApiClient (token"
                            + " refresh, problem+json); from the generated contract it reads the models and enums");

    @ArchTest
    static final ArchRule the_console_never_opens_a_database_connection =
            noClasses().should().dependOnClassesThat().resideInAPackage("java.sql..");

    @ArchTest
    static final ArchRule only_the_api_client_speaks_http =
            noClasses().that().resideOutsideOfPackage("com.mentorplatform.ui.api..")
                    .should().dependOnClassesThat().resideInAPackage("java.net.http..");
}
