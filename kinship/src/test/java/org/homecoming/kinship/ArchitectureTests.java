package org.homecoming.kinship;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The engine's seams as tests (style.md, "What each package may import"; docs/architecture.md,
 * "Rules enforced by tests"): a new package or import that crosses a seam fails the build instead
 * of slipping through review. Only production classes are analysed; tests may reach anywhere.
 */
@AnalyzeClasses(packages = "org.homecoming.kinship", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    private static final String KINSHIP = "org.homecoming.kinship..";

    /** The engine runs inside Spark workers, the CLI and the server alike: the JDK and nothing else. */
    @ArchTest
    static final ArchRule kinshipDependsOnNothingButTheJdk = classes()
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", KINSHIP)
            .because("the engine has no dependencies (docs/architecture.md, 'No framework in the core')");

    @ArchTest
    static final ArchRule mutationImportsNothingElseOfKinship = noClasses()
            .that().resideInAPackage("org.homecoming.kinship.mutation..")
            .should().dependOnClassesThat(
                    resideInAPackage(KINSHIP).and(resideOutsideOfPackage("org.homecoming.kinship.mutation..")))
            .because("style.md: mutation -> nothing");

    @ArchTest
    static final ArchRule pedigreeImportsNothingElseOfKinship = noClasses()
            .that().resideInAPackage("org.homecoming.kinship.pedigree..")
            .should().dependOnClassesThat(
                    resideInAPackage(KINSHIP).and(resideOutsideOfPackage("org.homecoming.kinship.pedigree..")))
            .because("style.md: pedigree -> nothing");

    /**
     * The layers of style.md. {@code lr -> likelihood} is read with the types likelihood's own API
     * is written in (pedigree, locus, mutation): a hypothesis is a pedigree and is scored on loci.
     * {@code lineage}, {@code dvi}, {@code power} build on lr/likelihood; {@code search} also on
     * {@code lineage}; {@code evidence} (combined DNA and context evidence, newer than style.md) sits
     * above search. Every class must belong to a layer, so a new package has to be placed here.
     */
    @ArchTest
    static final ArchRule packagesImportOnlyTheLayersBelowThem = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("mutation").definedBy("org.homecoming.kinship.mutation..")
            .layer("pedigree").definedBy("org.homecoming.kinship.pedigree..")
            .layer("locus").definedBy("org.homecoming.kinship.locus..")
            .layer("likelihood").definedBy("org.homecoming.kinship.likelihood..")
            .layer("lr").definedBy("org.homecoming.kinship.lr..")
            .layer("lineage").definedBy("org.homecoming.kinship.lineage..")
            .layer("dvi").definedBy("org.homecoming.kinship.dvi..")
            .layer("power").definedBy("org.homecoming.kinship.power..")
            .layer("search").definedBy("org.homecoming.kinship.search..")
            .layer("evidence").definedBy("org.homecoming.kinship.evidence..")
            .layer("io").definedBy("org.homecoming.kinship.io..")
            .whereLayer("mutation").mayNotAccessAnyLayer()
            .whereLayer("pedigree").mayNotAccessAnyLayer()
            .whereLayer("locus").mayOnlyAccessLayers("mutation")
            .whereLayer("likelihood").mayOnlyAccessLayers("pedigree", "locus", "mutation")
            .whereLayer("lr").mayOnlyAccessLayers("likelihood", "pedigree", "locus", "mutation")
            .whereLayer("lineage").mayOnlyAccessLayers("lr", "likelihood", "pedigree", "locus", "mutation")
            .whereLayer("dvi").mayOnlyAccessLayers("lr", "likelihood", "pedigree", "locus", "mutation")
            .whereLayer("power").mayOnlyAccessLayers("lr", "likelihood", "pedigree", "locus", "mutation")
            .whereLayer("search")
            .mayOnlyAccessLayers("lineage", "lr", "likelihood", "pedigree", "locus", "mutation")
            .whereLayer("evidence").mayOnlyAccessLayers(
                    "search", "dvi", "power", "lineage", "lr", "likelihood", "pedigree", "locus", "mutation")
            .whereLayer("io").mayNotBeAccessedByAnyLayer()
            .ensureAllClassesAreContainedInArchitecture()
            .because("style.md, 'What each package may import'");
}
