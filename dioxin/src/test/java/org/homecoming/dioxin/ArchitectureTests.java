package org.homecoming.dioxin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dioxin engine's one seam as a test (docs/architecture.md, "Rules enforced by tests"): the JDK, Commons CSV and
 * Commons Math (linear algebra), nothing else, so the CLI and a future server feature use the same arithmetic without a framework.
 */
@AnalyzeClasses(packages = "org.homecoming.dioxin", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule dioxinDependsOnTheJdkAndCommonsCsvOnly = classes()
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.apache.commons.csv..", "org.apache.commons.math3..", "org.homecoming.dioxin..")
            .because("the dioxin engine is plain Java (docs/dioxin.md)");
}
