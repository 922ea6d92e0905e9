package org.homecoming.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;

/**
 * The server's seams as tests (style.md, "A Spring feature"; docs/architecture.md, "Rules enforced
 * by tests"): one package per feature owns its repositories, controllers leave SQL to
 * repositories, and feature packages do not form cycles. Only production classes are analysed.
 *
 * <p>The three rules held violations when they were written, so they are frozen: the violations known
 * then are listed in {@code src/test/resources/archunit_store} (committed) and only new ones fail.
 * The store is read-only to the build ({@code archunit.properties}): removing a violation from the
 * code fails the rule too, until its lines are removed from the store, so the list only shrinks.
 * Whoever removes one runs this class once with
 * {@code -Darchunit.freeze.store.default.allowStoreUpdate=true} and commits the smaller store.
 */
@AnalyzeClasses(packages = "org.homecoming.server", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    private static final String SERVER = "org.homecoming.server.";

    /** A feature's tables are reached through its services, so its rules (status, audit, consent) apply. */
    @ArchTest
    static final ArchRule noFeatureUsesAnotherFeaturesRepositories = FreezingArchRule.freeze(classes()
            .should(useOnlyRepositoriesOfTheirOwnFeature())
            .because("a feature's repository is its own; other features go through its services (style.md)"));

    @ArchTest
    static final ArchRule controllersDoNotTouchJdbc = FreezingArchRule.freeze(noClasses()
            .that().areMetaAnnotatedWith(Controller.class)
            .should().dependOnClassesThat().resideInAPackage("org.springframework.jdbc..")
            .because("SQL lives in repositories; a controller binds, validates and calls a service or repository"));

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles = FreezingArchRule.freeze(slices()
            .matching("org.homecoming.server.(*)..")
            .should().beFreeOfCycles());

    private static ArchCondition<JavaClass> useOnlyRepositoriesOfTheirOwnFeature() {
        return new ArchCondition<>("use only the repositories of their own feature package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    if (isRepository(target) && !feature(target).equals(feature(origin))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static boolean isRepository(JavaClass type) {
        return type.getPackageName().startsWith(SERVER)
                && (type.getSimpleName().endsWith("Repository") || type.isAnnotatedWith(Repository.class));
    }

    /** The first package below {@code org.homecoming.server}: {@code archive.transfer} belongs to {@code archive}. */
    private static String feature(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(SERVER)) {
            return "";
        }
        String below = name.substring(SERVER.length());
        int dot = below.indexOf('.');
        return dot < 0 ? below : below.substring(0, dot);
    }
}
