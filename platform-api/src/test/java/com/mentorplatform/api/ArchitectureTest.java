package com.mentorplatform.api;

import com.mentorplatform.api.problem.Problem;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.seams.Published;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.http.annotation.Controller;
import jakarta.inject.Inject;
import java.util.Set;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
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

    @ArchTest
    static final ArchRule problems_come_from_the_registry =
            noClasses().that().resideOutsideOfPackage("com.mentorplatform.api.problem..")
                    .should().callConstructorWhere(target(owner(assignableTo(ProblemException.class).or(type(Problem.class)))))
                    .because(explained("every problem type, with its status and title, is a problem.ProblemType that the "
                            + "OpenAPI document lists: throw ProblemType.X.exception(detail), never a type written at "
                            + "the call site", "Problems (errors)"));

    /** Packages every feature uses: infrastructure, not features. */
    private static final Set<String> KERNEL = Set.of("security", "tenancy", "problem", "apidocs", "database",
            "background", "lifecycle", "paging", "mergepatch", "csv", "pdf", "audit", "icalendar", "uploads", "export",
            "seams", "text");

    @ArchTest
    static final ArchRule features_use_each_other_only_through_published_types =
            classes().that().resideInAPackage("com.mentorplatform.api..").should(useOtherFeaturesOnlyThroughPublishedTypes())
                    .because(explained("a feature's inside is its own to change", "How features read each other's data"));

    private static ArchCondition<JavaClass> useOtherFeaturesOnlyThroughPublishedTypes() {
        return new ArchCondition<>("use another feature only through its records, enums, interfaces and @Published classes") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String from = feature(origin);
                if (from == null || KERNEL.contains(from)) {
                    return;
                }
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    String to = feature(target);
                    if (to == null || to.equals(from) || KERNEL.contains(to) || published(target)) {
                        continue;
                    }
                    events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                }
            }
        };
    }

    private static boolean published(JavaClass target) {
        JavaClass outermost = target;
        while (outermost.getEnclosingClass().isPresent()) {
            outermost = outermost.getEnclosingClass().get();
        }
        return target.isRecord() || target.isEnum() || target.isInterface() || target.isAnnotation()
                || outermost.isAnnotatedWith(Published.class) || target.isAnnotatedWith(Published.class);
    }

    /** The feature a class belongs to: the package right under com.mentorplatform.api, or null for none. */
    private static String feature(JavaClass type) {
        String name = type.getPackageName();
        String prefix = "com.mentorplatform.api.";
        if (!name.startsWith(prefix)) {
            return null;
        }
        String rest = name.substring(prefix.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static String explained(String reason, String section) {
        return reason + " (docs/ARCHITECTURE.md, \"" + section + "\")";
    }
}
