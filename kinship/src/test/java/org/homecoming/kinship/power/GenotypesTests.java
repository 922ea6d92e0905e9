package org.homecoming.kinship.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.homecoming.kinship.likelihood.Likelihood;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.GenotypeIndex;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.pedigree.Sex;
import org.junit.jupiter.api.Test;

class GenotypesTests {

    /** Six alleles; the references see 1 and 2 only. */
    private final Locus locus = Locus.of("L", List.of("1", "2", "3", "4", "5", "6"),
            new double[] {0.3, 0.25, 0.2, 0.1, 0.1, 0.05});
    /** MP's father FA and his half-brother HB (same mother GM) typed; candidate: MP's full sib S. */
    private final Pedigree family = Pedigree.builder().founder("GF", Sex.MALE).founder("GM", Sex.FEMALE)
            .founder("OF", Sex.MALE).person("FA", "GF", "GM", Sex.MALE).person("HB", "OF", "GM", Sex.MALE)
            .founder("MO", Sex.FEMALE).person("MP", "FA", "MO", Sex.MALE).person("S", "FA", "MO", Sex.FEMALE)
            .build();
    private final GenotypeTable refs = GenotypeTable.builder().put("FA", "L", Genotype.of("1", "2"))
            .put("HB", "L", Genotype.of("2", "2")).build();

    @Test
    void lumpingTheUnseenAllelesKeepsEveryVictimsLr() {
        double[] sibGivenRefs = Likelihood.genotypeDistribution(family, refs, locus, "S", LikelihoodOptions.defaults());
        for (int h = 0; h < GenotypeIndex.count(6); h++) {
            if (sibGivenRefs[h] == 0) {
                continue;
            }
            Genotype sib = Genotypes.genotype(locus, h, false);
            GenotypeTable data = refs.with("S", "L", sib);
            Locus lumped = Genotypes.lumped(locus, refs, sib);
            assertThat(lumped.alleles()).contains("1", "2", sib.allele1(), sib.allele2()).endsWith(Genotypes.UNSEEN)
                    .hasSizeLessThanOrEqualTo(5);
            double[] full = distribution(data, locus);
            double[] fullPop = Genotypes.population(locus, false);
            double[] small = distribution(data, lumped);
            double[] smallPop = Genotypes.population(lumped, false);
            double[] classTotal = new double[small.length];
            for (int g = 0; g < full.length; g++) {
                int[] ab = GenotypeIndex.alleles(g);
                int a = map(lumped, ab[0]);
                int b = map(lumped, ab[1]);
                int k = GenotypeIndex.index(Math.min(a, b), Math.max(a, b));
                classTotal[k] += full[g];
                assertThat(full[g] / fullPop[g]).as("LR of %s given S = %s", locus.alleles().get(ab[0])
                        + "/" + locus.alleles().get(ab[1]), sib).isCloseTo(small[k] / smallPop[k], within(1e-12));
            }
            for (int k = 0; k < small.length; k++) {
                assertThat(classTotal[k]).isCloseTo(small[k], within(1e-14));
            }
        }
    }

    @Test
    void aLocusWhoseAllelesAreAllSeenIsLeftAsItIs() {
        Locus two = Locus.of("L", List.of("1", "2"), new double[] {0.4, 0.6});
        assertThat(Genotypes.lumped(two, refs, Genotype.of("1", "1"))).isSameAs(two);
    }

    private int map(Locus lumped, int fullAllele) {
        int i = lumped.indexOf(locus.alleles().get(fullAllele));
        return i >= 0 ? i : lumped.indexOf(Genotypes.UNSEEN);
    }

    private double[] distribution(GenotypeTable data, Locus l) {
        return Likelihood.genotypeDistribution(family, data, l, "MP", LikelihoodOptions.defaults());
    }
}
