package org.homecoming.kinship.likelihood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.homecoming.kinship.locus.Chromosome;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.mutation.MutationModel;
import org.homecoming.kinship.mutation.MutationSpec;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.pedigree.Sex;

/**
 * The one-generation fast path against the general elimination on random founders-and-children
 * pedigrees (several couples, half-siblings, typed and untyped founders), loci of up to twelve
 * alleles with microvariants, every mutation model per sex, X and autosomal markers, and dropout.
 */
class OneGenerationSumProperties {

    /** A random one-generation case in which the fast path applies. */
    static LikelihoodProperties.Case oneGeneration(long seed) {
        Random r = new Random(seed);
        int n = 2 + r.nextInt(11);
        List<String> alleles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            alleles.add(r.nextInt(4) == 0 ? (9 + i) + ".3" : String.valueOf(9 + i));
        }
        double[] f = new double[n];
        double s = 0;
        for (int i = 0; i < n; i++) {
            f[i] = 0.05 + r.nextDouble();
            s += f[i];
        }
        for (int i = 0; i < n; i++) {
            f[i] /= s;
        }
        MutationSpec female = spec(r);
        MutationSpec male = r.nextBoolean() ? female : spec(r);
        boolean x = r.nextInt(3) == 0;
        Locus locus = new Locus("L", alleles, f, MutationModel.of(female, male, alleles, f),
                x ? Chromosome.X : Chromosome.AUTOSOMAL);
        // Alleles drawn from a few "seen" ones leave the rest to be lumped where the model allows.
        int seen = 1 + r.nextInt(n);
        Pedigree.Builder b = Pedigree.builder();
        List<String> fathers = new ArrayList<>();
        List<String> mothers = new ArrayList<>();
        int nf = 2 + r.nextInt(3);
        for (int i = 0; i < nf; i++) {
            boolean isMale = i == 0 || (i > 1 && r.nextBoolean());
            b.founder("F" + i, isMale ? Sex.MALE : Sex.FEMALE);
            (isMale ? fathers : mothers).add("F" + i);
        }
        int nc = 1 + r.nextInt(5);
        for (int i = 0; i < nc; i++) {
            b.person("C" + i, fathers.get(r.nextInt(fathers.size())), mothers.get(r.nextInt(mothers.size())),
                    r.nextBoolean() ? Sex.MALE : Sex.FEMALE);
        }
        Pedigree ped = b.build();
        GenotypeTable.Builder data = GenotypeTable.builder();
        LikelihoodOptions o = LikelihoodOptions.defaults();
        for (int i = 0; i < ped.size(); i++) {
            String id = ped.id(i);
            boolean child = !ped.isFounder(i);
            if (!child && r.nextDouble() < 0.6) {
                continue;
            }
            String a = alleles.get(r.nextInt(seen));
            String c = alleles.get(r.nextInt(seen));
            boolean hemi = x && ped.sex(i) == Sex.MALE;
            if (hemi) {
                c = a;
            }
            data.put(id, "L", Genotype.of(a, c));
            // Dropout on founders, on hemizygous males and on heterozygous children (where the fast path applies).
            boolean dropoutAllowed = !child || hemi || !a.equals(c);
            if (dropoutAllowed && r.nextDouble() < 0.3) {
                o = o.withDropout(id, 0.05 + 0.3 * r.nextDouble());
            }
        }
        return new LikelihoodProperties.Case(ped, locus, data.build(), o);
    }

    private static MutationSpec spec(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> MutationSpec.none();
            case 1 -> MutationSpec.equal(0.05 + 0.1 * r.nextDouble());
            case 2 -> MutationSpec.proportional(0.01 + 0.03 * r.nextDouble());
            default -> MutationSpec.stepwise(0.01 + 0.1 * r.nextDouble(), 0.01 * r.nextDouble(), 0.1 + r.nextDouble());
        };
    }

    static void assertRelative12(double fast, double general) {
        if (general == 0) {
            assertThat(fast).isEqualTo(0.0);
        } else {
            assertThat(fast).isCloseTo(general, within(Math.abs(general) * 1e-12));
        }
    }

    @Property(tries = 1000)
    void fastPathEqualsTheGeneralEliminationOnOneGenerationPedigrees(@ForAll long seed) {
        LikelihoodProperties.Case c = oneGeneration(seed);
        MarkerComputation m = new MarkerComputation(c.pedigree(), c.data(), c.locus(), c.options(), -1);
        assertThat(m.hasOneGenerationShape()).isTrue();
        assertRelative12(m.likelihood(true), m.likelihood(false));
    }

    @Property(tries = 100)
    void fastPathEqualsTheGeneralEliminationForSibshipsAtRealisticStepwiseLoci(@ForAll long seed) {
        // The benchmark's shape: untyped parents, typed children, 10-25 alleles, stepwise mutation
        // (not lumpable), the same or different models for the sexes.
        Random r = new Random(seed);
        int n = 10 + r.nextInt(16);
        List<String> alleles = new ArrayList<>();
        double[] f = new double[n];
        double s = 0;
        for (int i = 0; i < n; i++) {
            alleles.add(r.nextInt(5) == 0 ? (6 + i) + ".2" : String.valueOf(6 + i));
            f[i] = 0.01 + r.nextDouble();
            s += f[i];
        }
        for (int i = 0; i < n; i++) {
            f[i] /= s;
        }
        MutationSpec female = MutationSpec.stepwise(0.001 + 0.01 * r.nextDouble(), 1e-6, 0.05 + 0.5 * r.nextDouble());
        MutationSpec male = r.nextBoolean() ? female : MutationSpec.stepwise(0.003, 1e-5, 0.2);
        Locus locus = new Locus("L", alleles, f, MutationModel.of(female, male, alleles, f), Chromosome.AUTOSOMAL);
        int children = 1 + r.nextInt(4);
        String[] ids = new String[children];
        GenotypeTable.Builder data = GenotypeTable.builder();
        for (int i = 0; i < children; i++) {
            ids[i] = "C" + i;
            data.put(ids[i], "L", Genotype.of(alleles.get(r.nextInt(n)), alleles.get(r.nextInt(n))));
        }
        MarkerComputation m = new MarkerComputation(Pedigree.nuclear("FA", "MO", ids), data.build(), locus,
                LikelihoodOptions.defaults(), -1);
        assertThat(m.hasOneGenerationShape()).isTrue();
        assertRelative12(m.likelihood(true), m.likelihood(false));
    }

    @Property(tries = 300)
    void fastPathEqualsTheBruteForceReference(@ForAll long seed) {
        LikelihoodProperties.Case c = oneGeneration(seed);
        // The brute force is exponential in alleles and persons: keep it to small cases.
        if (c.pedigree().size() > 5 || c.locus().alleleCount() > 3) {
            return;
        }
        double expected = BruteForceLikelihood.likelihood(c.pedigree(), c.data(), c.locus(), c.options());
        LikelihoodProperties.assertSame(Likelihood.likelihood(c.pedigree(), c.data(), c.locus(), c.options()),
                expected);
    }

    @Property(tries = 500)
    void bothPathsAgreeOnRandomPedigreesWhereverTheFastPathApplies(@ForAll long seed) {
        LikelihoodProperties.Case c = LikelihoodProperties.randomCase(seed, 7, false, true);
        MarkerComputation m = new MarkerComputation(c.pedigree(), c.data(), c.locus(), c.options(), -1);
        assertRelative12(m.likelihood(true), m.likelihood(false));
    }

    @Property(tries = 200)
    void grandchildrenAndUntypedChildrenTakeTheGeneralPath(@ForAll long seed) {
        Random r = new Random(seed);
        Locus l = LikelihoodTests.ABCD;
        Pedigree p = Pedigree.builder().founder("GF", Sex.MALE).founder("GM", Sex.FEMALE)
                .founder("SP", Sex.FEMALE).person("FA", "GF", "GM", Sex.MALE).person("CH", "FA", "SP", Sex.FEMALE)
                .build();
        GenotypeTable.Builder t = GenotypeTable.builder().put("CH", "L", Genotype.of(
                l.alleles().get(r.nextInt(4)), l.alleles().get(r.nextInt(4))));
        if (r.nextBoolean()) {
            t.put("GF", "L", Genotype.of(l.alleles().get(r.nextInt(4)), l.alleles().get(r.nextInt(4))));
        }
        MarkerComputation m = new MarkerComputation(p, t.build(), l, LikelihoodOptions.defaults(), -1);
        assertThat(m.hasOneGenerationShape()).isFalse();
    }
}
