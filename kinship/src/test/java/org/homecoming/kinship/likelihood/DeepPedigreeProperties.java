package org.homecoming.kinship.likelihood;

import static org.homecoming.kinship.likelihood.OneGenerationSumProperties.assertRelative12;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.homecoming.kinship.locus.Chromosome;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.GenotypeIndex;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.mutation.MutationModel;
import org.homecoming.kinship.mutation.MutationSpec;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.pedigree.Sex;

/**
 * The elimination with untyped founders summed out analytically and meioses split against the
 * plain elimination (founders as genotype variables), on random deeper pedigrees — grandparent and
 * grandchild (through the father or the mother), avuncular, first cousins, half-siblings with an
 * untyped common parent, great-uncle and great-grandchild — with every mutation model per sex, X
 * and autosomal loci, random typed persons and dropout: likelihoods and genotype distributions
 * equal to 1e-12 relative.
 */
class DeepPedigreeProperties {

    private static final String[] SHAPES = {"grandparent", "avuncular", "cousins", "halfSiblings",
        "maternalGrandfather", "greatUncle"};

    record Deep(Pedigree pedigree, Locus locus, GenotypeTable data, LikelihoodOptions options) { }

    static Deep randomDeep(long seed) {
        Random r = new Random(seed);
        int n = 2 + r.nextInt(r.nextBoolean() ? 6 : 16);
        List<String> alleles = new ArrayList<>();
        double[] f = new double[n];
        double s = 0;
        for (int i = 0; i < n; i++) {
            alleles.add(r.nextInt(4) == 0 ? (9 + i) + ".3" : String.valueOf(9 + i));
            f[i] = 0.05 + r.nextDouble();
            s += f[i];
        }
        for (int i = 0; i < n; i++) {
            f[i] /= s;
        }
        MutationSpec female = spec(r);
        MutationSpec male = r.nextBoolean() ? female : spec(r);
        boolean x = r.nextInt(4) == 0;
        Locus locus = new Locus("L", alleles, f, MutationModel.of(female, male, alleles, f),
                x ? Chromosome.X : Chromosome.AUTOSOMAL);
        Pedigree ped = shape(SHAPES[r.nextInt(SHAPES.length)], r);
        int seen = 1 + r.nextInt(n);
        GenotypeTable.Builder data = GenotypeTable.builder();
        LikelihoodOptions o = LikelihoodOptions.defaults();
        boolean any = false;
        for (int i = 0; i < ped.size(); i++) {
            boolean last = i == ped.size() - 1;
            if (r.nextDouble() < 0.6 && !(last && !any)) {
                continue;
            }
            any = true;
            String id = ped.id(i);
            String a = alleles.get(r.nextInt(seen));
            String c = x && ped.sex(i) == Sex.MALE ? a : alleles.get(r.nextInt(seen));
            data.put(id, "L", Genotype.of(a, c));
            if (r.nextDouble() < 0.3) {
                o = o.withDropout(id, 0.05 + 0.3 * r.nextDouble());
            }
        }
        return new Deep(ped, locus, data.build(), o);
    }

    private static Pedigree shape(String shape, Random r) {
        Sex mp = r.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        Sex other = r.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        return switch (shape) {
            case "grandparent" -> Pedigree.builder().founder("GF", Sex.MALE).founder("GM", Sex.FEMALE)
                    .founder("MO", Sex.FEMALE).person("FA", "GF", "GM", Sex.MALE).person("MP", "FA", "MO", mp).build();
            case "avuncular" -> Pedigree.builder().founder("GF", Sex.MALE).founder("GM", Sex.FEMALE)
                    .founder("MO", Sex.FEMALE).person("FA", "GF", "GM", Sex.MALE).person("UN", "GF", "GM", other)
                    .person("MP", "FA", "MO", mp).build();
            case "cousins" -> Pedigree.builder().founder("GF", Sex.MALE).founder("GM", Sex.FEMALE)
                    .founder("MO", Sex.FEMALE).founder("UH", Sex.MALE).person("FA", "GF", "GM", Sex.MALE)
                    .person("AU", "GF", "GM", Sex.FEMALE).person("MP", "FA", "MO", mp)
                    .person("CO", "UH", "AU", other).build();
            // A grandfather's X passes to the untyped mother whole (hemizygous), then splits to MP.
            case "maternalGrandfather" -> Pedigree.builder().founder("GF", Sex.MALE).founder("GM", Sex.FEMALE)
                    .founder("FA", Sex.MALE).person("MO", "GF", "GM", Sex.FEMALE).person("MP", "FA", "MO", mp).build();
            // Three generations: a great-grandparent's allele reaches MP through two untyped persons.
            case "greatUncle" -> Pedigree.builder().founder("GGF", Sex.MALE).founder("GGM", Sex.FEMALE)
                    .founder("GM", Sex.FEMALE).founder("MO", Sex.FEMALE).person("GF", "GGF", "GGM", Sex.MALE)
                    .person("GU", "GGF", "GGM", other).person("FA", "GF", "GM", Sex.MALE)
                    .person("MP", "FA", "MO", mp).build();
            // The half-sibling's child makes it two generations below the untyped common father.
            default -> Pedigree.builder().founder("FA", Sex.MALE).founder("M1", Sex.FEMALE).founder("M2", Sex.FEMALE)
                    .founder("SP", Sex.FEMALE).person("MP", "FA", "M1", mp).person("HS", "FA", "M2", Sex.MALE)
                    .person("GC", "HS", "SP", other).build();
        };
    }

    private static MutationSpec spec(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> MutationSpec.none();
            case 1 -> MutationSpec.equal(0.05 + 0.1 * r.nextDouble());
            case 2 -> MutationSpec.proportional(0.01 + 0.03 * r.nextDouble());
            default -> MutationSpec.stepwise(0.01 + 0.1 * r.nextDouble(), 0.01 * r.nextDouble(), 0.1 + r.nextDouble());
        };
    }

    @Property(tries = 1000)
    void analyticFoundersEqualThePlainEliminationOnDeeperPedigrees(@ForAll long seed) {
        Deep c = randomDeep(seed);
        MarkerComputation m = new MarkerComputation(c.pedigree(), c.data(), c.locus(), c.options(), -1);
        assertRelative12(m.eliminationLikelihood(true), m.eliminationLikelihood(false));
        assertRelative12(m.likelihood(), m.likelihood(false));
    }

    @Property(tries = 300)
    void genotypeDistributionsEqualThePlainEliminationOnDeeperPedigrees(@ForAll long seed) {
        Deep c = randomDeep(seed);
        Random r = new Random(seed ^ 0x5DEECE66DL);
        int target = r.nextInt(c.pedigree().size());
        MarkerComputation m = new MarkerComputation(c.pedigree(), c.data(), c.locus(), c.options(), target);
        double[] plain;
        try {
            plain = m.distribution(false);
        } catch (IllegalArgumentException impossible) {
            return;
        }
        double[] fast = m.distribution(true);
        for (int g = 0; g < plain.length; g++) {
            assertRelative12(fast[g], plain[g]);
        }
    }

    @Property(tries = 300)
    void genotypeDistributionsEqualThePlainEliminationOnRandomPedigrees(@ForAll long seed) {
        // Nuclear families, sibships and loops included: every shape the DVI and search code asks about.
        LikelihoodProperties.Case c = LikelihoodProperties.randomCase(seed, 7, false, true);
        int target = new Random(seed).nextInt(c.pedigree().size());
        MarkerComputation m = new MarkerComputation(c.pedigree(), c.data(), c.locus(), c.options(), target);
        double[] plain;
        try {
            plain = m.distribution(false);
        } catch (IllegalArgumentException impossible) {
            return;
        }
        double[] fast = m.distribution(true);
        for (int g = 0; g < plain.length; g++) {
            assertRelative12(fast[g], plain[g]);
        }
    }

    @Property(tries = 300)
    void powerSimulationDistributionsEqualThePlainEliminationOnDeeperPedigrees(@ForAll long seed) {
        // What power.MarkerModel asks through the public entry: MP given the references, then a
        // relative given the references and MP typed with a genotype drawn from that distribution.
        Deep c = randomDeep(seed);
        Random r = new Random(seed ^ 0x2545F491L);
        Pedigree ped = c.pedigree();
        GenotypeTable refs = c.data().without("MP");
        LikelihoodOptions o = LikelihoodOptions.defaults();
        double[] missing;
        try {
            missing = Likelihood.genotypeDistribution(ped, refs, c.locus(), "MP", o);
        } catch (IllegalArgumentException impossible) {
            return;
        }
        double[] plain = new MarkerComputation(ped, refs, c.locus(), o, ped.indexOf("MP")).distribution(false);
        for (int g = 0; g < plain.length; g++) {
            assertRelative12(missing[g], plain[g]);
        }
        int g = drawn(missing, r);
        int[] ab = GenotypeIndex.alleles(g);
        List<String> alleles = c.locus().alleles();
        GenotypeTable withMissing = refs.with("MP", "L", Genotype.of(alleles.get(ab[0]), alleles.get(ab[1])));
        String relative = ped.id(r.nextInt(ped.size()));
        if (relative.equals("MP")) {
            return;
        }
        double[] given = Likelihood.genotypeDistribution(ped, withMissing, c.locus(), relative, o);
        double[] givenPlain = new MarkerComputation(ped, withMissing, c.locus(), o, ped.indexOf(relative))
                .distribution(false);
        for (int h = 0; h < givenPlain.length; h++) {
            assertRelative12(given[h], givenPlain[h]);
        }
    }

    private static int drawn(double[] probabilities, Random r) {
        double u = r.nextDouble();
        int last = 0;
        for (int i = 0; i < probabilities.length; i++) {
            if (probabilities[i] > 0) {
                last = i;
                u -= probabilities[i];
                if (u < 0) {
                    return i;
                }
            }
        }
        return last;
    }
}
