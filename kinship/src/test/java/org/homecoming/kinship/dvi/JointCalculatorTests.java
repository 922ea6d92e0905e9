package org.homecoming.kinship.dvi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homecoming.kinship.likelihood.Likelihood;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.pedigree.Sex;
import org.junit.jupiter.api.Test;

/**
 * The joint LR is that of the whole assignment against "nobody identified", whichever way the
 * enumeration was pruned: two missing brothers of one family, each with a typed son, identified
 * together as undisputed in the same step.
 */
class JointCalculatorTests {

    private static final Pedigree BROTHERS = Pedigree.builder()
            .founder("GF", Sex.MALE).founder("GM", Sex.FEMALE)
            .person("M1", "GF", "GM", Sex.MALE).person("M2", "GF", "GM", Sex.MALE)
            .founder("W1", Sex.FEMALE).founder("W2", Sex.FEMALE)
            .person("S1", "M1", "W1", Sex.MALE).person("S2", "M2", "W2", Sex.MALE).build();
    private static final Pedigree NEPHEW = Pedigree.builder()
            .founder("F", Sex.MALE).founder("Mo", Sex.FEMALE).person("M3", "F", "Mo", Sex.MALE)
            .founder("F2", Sex.MALE).person("H", "F2", "Mo", Sex.MALE).build();

    private final DviSimulation sim = new DviSimulation(11);
    private final List<Locus> loci = sim.loci(16, 8, false);
    private final Map<String, Map<String, Genotype>> family = sim.drop(BROTHERS, loci);
    private final Map<String, Map<String, Genotype>> other = sim.drop(NEPHEW, loci);

    private DviProblem problem(DviOptions options) {
        GenotypeTable.Builder victims = GenotypeTable.builder();
        DviSimulation.put(victims, "V1", family.get("M1"));
        DviSimulation.put(victims, "V2", family.get("M2"));
        // V3 is a half-brother of M3: it fits family Other, but not above the threshold
        DviSimulation.put(victims, "V3", other.get("H"));
        Map<String, Sex> sexes = new LinkedHashMap<>();
        sexes.put("V1", Sex.MALE);
        sexes.put("V2", Sex.MALE);
        sexes.put("V3", Sex.MALE);
        return new DviProblem(victims.build(), sexes, List.of(
                new ReferenceFamily("Brothers", BROTHERS, references(), List.of("M1", "M2")),
                new ReferenceFamily("Other", NEPHEW, DviSimulation.put(GenotypeTable.builder(), "Mo", other.get("Mo")).build(),
                        List.of("M3"))), loci, options);
    }

    private GenotypeTable references() {
        GenotypeTable.Builder b = GenotypeTable.builder();
        for (String id : List.of("GM", "S1", "S2")) {
            DviSimulation.put(b, id, family.get(id));
        }
        return b.build();
    }

    @Test
    void brothersFixedTogetherScoreTheFamilyWithBothPlaced() {
        DviProblem fixing = problem(DviOptions.dvir().withThreshold(1e7));
        DviResult r = DviAnalysis.run(fixing);
        // both brothers are undisputed in the first step, and V3 is left open: the case that was wrong
        assertThat(r.joint().fixed()).extracting(id -> id.victim() + "=" + id.missing() + "@" + id.step())
                .containsExactly("V1=M1@1", "V2=M2@1");
        double both = logL(BROTHERS, references().with("M1", victims(fixing), "V1").with("M2", victims(fixing), "V2"));
        double direct = Math.exp(both - logL(BROTHERS, references()) - logLone("V1", fixing) - logLone("V2", fixing));
        JointAssignment brothersOnly = find(r.joint(), "M1", "M2", "*");
        assertThat(brothersOnly.lr()).isCloseTo(direct, org.assertj.core.data.Offset.offset(direct * 1e-9));
        // the old answer, the product of the two pairwise LRs, is far from it
        double product = r.undisputed().get(0).lr() * r.undisputed().get(1).lr();
        assertThat(Math.log10(direct / product)).isGreaterThan(4);
        for (UndisputedFixing f : UndisputedFixing.values()) {
            JointResult j = DviAnalysis.joint(problem(DviOptions.defaults().withThreshold(1e7).withFixing(f)));
            assertThat(j.assignments().get(0).values()).as(f.name()).containsExactly("M1", "M2", "M3");
            assertThat(find(j, "M1", "M2", "*").lr()).as(f.name()).isCloseTo(direct,
                    org.assertj.core.data.Offset.offset(direct * 1e-9));
        }
        assertThat(DviAnalysis.joint(problem(DviOptions.defaults().withFixing(UndisputedFixing.NEVER)))
                .assignments()).hasSizeGreaterThan(r.joint().assignments().size());
    }

    @Test
    void aVictimPlacedInTheOtherFamilyMultipliesItsOwnTerm() {
        DviProblem p = problem(DviOptions.dvir().withThreshold(1e7));
        JointResult fixed = DviAnalysis.joint(p);
        JointResult exact = DviAnalysis.joint(problem(DviOptions.defaults().withFixing(UndisputedFixing.NEVER)));
        assertThat(DviAnalysis.pairwise(p).lr("V3", "M3").getAsDouble()).isBetween(1.0, 1e7);
        JointAssignment a = find(fixed, "M1", "M2", "M3");
        GenotypeTable mo = DviSimulation.put(GenotypeTable.builder(), "Mo", other.get("Mo")).build();
        double direct = Math.exp(logL(BROTHERS, references().with("M1", victims(p), "V1").with("M2", victims(p), "V2"))
                - logL(BROTHERS, references()) - logLone("V1", p) - logLone("V2", p)
                + logL(NEPHEW, mo.with("M3", victims(p), "V3")) - logL(NEPHEW, mo) - logLone("V3", p));
        assertThat(a.lr()).isCloseTo(direct, org.assertj.core.data.Offset.offset(direct * 1e-9));
        assertThat(find(exact, "M1", "M2", "M3").lr()).isCloseTo(direct, org.assertj.core.data.Offset.offset(direct * 1e-9));
    }

    private static JointAssignment find(JointResult j, String... values) {
        return j.assignments().stream().filter(a -> a.values().equals(List.of(values))).findFirst().orElseThrow();
    }

    private static GenotypeTable victims(DviProblem p) {
        return p.victims();
    }

    private double logL(Pedigree p, GenotypeTable t) {
        double sum = 0;
        for (Locus l : loci) {
            sum += Likelihood.logLikelihood(p, t, l, LikelihoodOptions.defaults());
        }
        return sum;
    }

    private double logLone(String victim, DviProblem p) {
        return logL(Pedigree.singleton(victim, Sex.MALE), p.victims());
    }
}
