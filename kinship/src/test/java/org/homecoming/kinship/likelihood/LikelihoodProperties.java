package org.homecoming.kinship.likelihood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.homecoming.kinship.locus.Chromosome;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.GenotypeIndex;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.mutation.MutationModel;
import org.homecoming.kinship.mutation.MutationSpec;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.pedigree.Sex;

/** Invariants of the likelihood, and agreement with the brute-force reference on random cases. */
class LikelihoodProperties {

    /** A random case: pedigree (loops allowed), locus, data, options. */
    record Case(Pedigree pedigree, Locus locus, GenotypeTable data, LikelihoodOptions options) { }

    static Case randomCase(long seed, int maxPersons, boolean allowTheta, boolean allowDropout) {
        Random r = new Random(seed);
        int size = 2 + r.nextInt(maxPersons - 1);
        Pedigree.Builder b = Pedigree.builder();
        List<String> males = new ArrayList<>();
        List<String> females = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String id = "P" + i;
            Sex sex = r.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            if (!males.isEmpty() && !females.isEmpty() && r.nextDouble() < 0.6) {
                b.person(id, males.get(r.nextInt(males.size())), females.get(r.nextInt(females.size())), sex);
            } else {
                b.founder(id, sex);
            }
            (sex == Sex.MALE ? males : females).add(id);
            ids.add(id);
        }
        Pedigree ped = b.build();
        int n = 2 + r.nextInt(2);
        List<String> alleles = n == 2 ? List.of("9", "10") : List.of("9", "10", "10.3");
        double[] f = new double[n];
        double s = 0;
        for (int i = 0; i < n; i++) {
            f[i] = 0.1 + r.nextDouble();
            s += f[i];
        }
        for (int i = 0; i < n; i++) {
            f[i] /= s;
        }
        MutationSpec female = spec(r);
        MutationSpec male = r.nextBoolean() ? female : spec(r);
        Locus locus = new Locus("L", alleles, f, MutationModel.of(female, male, alleles, f),
                r.nextInt(3) == 0 ? Chromosome.X : Chromosome.AUTOSOMAL);
        GenotypeTable.Builder data = GenotypeTable.builder();
        LikelihoodOptions o = LikelihoodOptions.defaults();
        for (int i = 0; i < size; i++) {
            if (r.nextDouble() < 0.5) {
                String a = alleles.get(r.nextInt(n));
                String c = alleles.get(r.nextInt(n));
                if (locus.chromosome() == Chromosome.X && ped.sex(i) == Sex.MALE) {
                    c = a;
                }
                data.put(ids.get(i), "L", Genotype.of(a, c));
                if (allowDropout && r.nextDouble() < 0.3) {
                    o = o.withDropout(ids.get(i), 0.05 + 0.3 * r.nextDouble());
                }
            }
        }
        if (allowTheta && r.nextBoolean()) {
            o = o.withTheta(0.02 + 0.1 * r.nextDouble());
        }
        return new Case(ped, locus, data.build(), o);
    }

    private static MutationSpec spec(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> MutationSpec.none();
            case 1 -> MutationSpec.equal(0.05 + 0.1 * r.nextDouble());
            case 2 -> MutationSpec.proportional(0.01 + 0.05 * r.nextDouble());
            default -> MutationSpec.stepwise(0.05 + 0.1 * r.nextDouble(), 0.01 * r.nextDouble(), 0.1 + r.nextDouble());
        };
    }

    static void assertSame(double actual, double expected) {
        if (expected == 0) {
            assertThat(actual).isEqualTo(0.0);
        } else {
            assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * 1e-9));
        }
    }

    @Property(tries = 300)
    void agreesWithBruteForceOnRandomPedigreesModelsThetaAndDropout(@ForAll long seed) {
        Case c = randomCase(seed, 6, true, true);
        double expected = BruteForceLikelihood.likelihood(c.pedigree(), c.data(), c.locus(), c.options());
        assertSame(Likelihood.likelihood(c.pedigree(), c.data(), c.locus(), c.options()), expected);
    }

    @Property(tries = 100)
    void relabellingAllelesLeavesTheLikelihoodUnchanged(@ForAll long seed) {
        Case c = randomCase(seed, 6, true, false);
        Locus l = c.locus();
        List<String> reversed = new ArrayList<>(l.alleles());
        java.util.Collections.reverse(reversed);
        double[] f = l.frequencies();
        double[] rf = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            rf[i] = f[f.length - 1 - i];
        }
        double[][] fm = reverse(l.mutation().female().toArray());
        double[][] mm = reverse(l.mutation().male().toArray());
        Locus permuted = new Locus("L", reversed, rf, MutationModel.custom(
                org.homecoming.kinship.mutation.MutationMatrix.of(fm), org.homecoming.kinship.mutation.MutationMatrix.of(mm)),
                l.chromosome());
        assertSame(Likelihood.likelihood(c.pedigree(), c.data(), permuted, c.options()),
                Likelihood.likelihood(c.pedigree(), c.data(), l, c.options()));
    }

    private static double[][] reverse(double[][] m) {
        int n = m.length;
        double[][] r = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                r[i][j] = m[n - 1 - i][n - 1 - j];
            }
        }
        return r;
    }

    @Property(tries = 100)
    void addingAnUntypedFounderLeavesTheLikelihoodUnchanged(@ForAll long seed) {
        Case c = randomCase(seed, 6, true, true);
        Pedigree more = c.pedigree().withFounder("EXTRA", Sex.FEMALE);
        assertSame(Likelihood.likelihood(more, c.data(), c.locus(), c.options()),
                Likelihood.likelihood(c.pedigree(), c.data(), c.locus(), c.options()));
    }

    @Property(tries = 100)
    void summingAPersonOverAllGenotypesGivesTheLikelihoodWithThePersonUntyped(@ForAll long seed,
                                                                             @ForAll @IntRange(min = 0, max = 5) int who) {
        Case c = randomCase(seed, 6, true, false);
        String id = c.pedigree().id(who % c.pedigree().size());
        GenotypeTable without = c.data().without(id);
        Locus l = c.locus();
        boolean hemi = l.chromosome() == Chromosome.X && c.pedigree().sex(id) == Sex.MALE;
        double sum = 0;
        for (int a = 0; a < l.alleleCount(); a++) {
            for (int b = hemi ? a : a; b < (hemi ? a + 1 : l.alleleCount()); b++) {
                GenotypeTable t = without.with(id, "L", Genotype.of(l.alleles().get(a), l.alleles().get(b)));
                sum += Likelihood.likelihood(c.pedigree(), t, l, c.options());
            }
        }
        assertSame(sum, Likelihood.likelihood(c.pedigree(), without, l, c.options()));
    }

    @Property(tries = 100)
    void genotypeDistributionIsTheLikelihoodOfEachGenotypeOverTheTotal(@ForAll long seed,
                                                                      @ForAll @IntRange(min = 0, max = 5) int who) {
        Case c = randomCase(seed, 6, true, false);
        String id = c.pedigree().id(who % c.pedigree().size());
        GenotypeTable others = c.data().without(id);
        Locus l = c.locus();
        double total = Likelihood.likelihood(c.pedigree(), others, l, c.options());
        if (total == 0) {
            return;
        }
        double[] dist = Likelihood.genotypeDistribution(c.pedigree(), c.data(), l, id, c.options());
        boolean hemi = l.chromosome() == Chromosome.X && c.pedigree().sex(id) == Sex.MALE;
        for (int a = 0; a < l.alleleCount(); a++) {
            for (int b = a; b < l.alleleCount(); b++) {
                double expected = hemi && a != b ? 0 : Likelihood.likelihood(c.pedigree(),
                        others.with(id, "L", Genotype.of(l.alleles().get(a), l.alleles().get(b))), l, c.options()) / total;
                assertThat(dist[GenotypeIndex.index(a, b)]).isCloseTo(expected, within(1e-12 + expected * 1e-9));
            }
        }
    }

    @Property(tries = 50)
    void equalModelWithRateZeroEqualsNoMutation(@ForAll long seed) {
        Case c = randomCase(seed, 6, true, false);
        Locus none = c.locus().withMutation(null);
        Locus zero = c.locus().withMutation(MutationModel.equal(0, c.locus().alleleCount()));
        assertSame(Likelihood.likelihood(c.pedigree(), c.data(), zero, c.options()),
                Likelihood.likelihood(c.pedigree(), c.data(), none, c.options()));
    }

    @Property(tries = 50)
    void xLinkedEqualsAutosomalForAnAllFemaleLineWithoutFathersTyped(@ForAll long seed) {
        // Mothers and daughters only (fathers untyped founders): X and autosomal inheritance agree.
        Random r = new Random(seed);
        Pedigree.Builder b = Pedigree.builder().founder("F0", Sex.FEMALE);
        Map<String, String> data = new HashMap<>();
        String mother = "F0";
        int gens = 1 + r.nextInt(3);
        for (int g = 1; g <= gens; g++) {
            b.founder("M" + g, Sex.MALE).person("F" + g, "M" + g, mother, Sex.FEMALE);
            mother = "F" + g;
        }
        Pedigree p = b.build();
        Locus aut = LikelihoodTests.ABCD;
        GenotypeTable.Builder t = GenotypeTable.builder();
        for (int g = 0; g <= gens; g++) {
            if (r.nextBoolean()) {
                t.put("F" + g, "L", Genotype.of(aut.alleles().get(r.nextInt(4)), aut.alleles().get(r.nextInt(4))));
            }
        }
        GenotypeTable d = t.build();
        // Untyped fathers: at X they pass one allele drawn from p, autosomally a random one of two drawn from p.
        assertSame(Likelihood.likelihood(p, d, aut.withChromosome(Chromosome.X), LikelihoodOptions.defaults()),
                Likelihood.likelihood(p, d, aut, LikelihoodOptions.defaults()));
    }
}
