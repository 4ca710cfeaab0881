package com.mentorplatform.analytics.matching;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses ANALYTICS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.mentorplatform.analytics");

    @Test
    void analytics_depends_on_no_framework_and_no_database() {
        noClasses().that().resideInAPackage("com.mentorplatform.analytics..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("io.micronaut..", "com.vaadin..", "jakarta.inject..", "java.sql..")
                .check(ANALYTICS);
    }
}
