package org.homecoming.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.homecoming.kinship.likelihood.Likelihood;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.GenotypeIndex;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.pedigree.Sex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Speed of the likelihood engine on 23 STR loci with a stepwise mutation model, through the public
 * {@link Likelihood} calls the CLI and the server make. Figures: {@code docs/kinship-speed.md}.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar -f 1 -wi 3 -i 5 -w 1 -r 1 Likelihood}
 *
 * <p>{@code fiveMemberFamily}: untyped father and mother, the missing child typed (the victim) and
 * two typed siblings — one full 23-marker likelihood (the one-generation fast path).
 * {@code grandparentsUncleAndMissingPerson}: a three-generation family (the general elimination).
 * {@code pairwiseHundredVictimsTenFamilies}: the LR of every victim against every family's missing
 * person (100 × 10 × 23 markers), from the missing person's genotype distribution given each family.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LikelihoodBenchmark {

    private List<Locus> loci;
    private Pedigree family;
    private GenotypeTable familyData;
    private Pedigree grandparents;
    private GenotypeTable grandparentData;
    private List<GenotypeTable> references;
    private GenotypeTable victims;
    private final LikelihoodOptions options = LikelihoodOptions.defaults();

    @Setup
    public void setUp() {
        loci = BenchmarkData.loci();
        family = Pedigree.nuclear("FA", "MO", "MP", "S1", "S2");
        Random r = new Random(20240101);
        familyData = familyOf(r, "MP");
        grandparents = Pedigree.builder().founder("GF", Sex.MALE).founder("GM", Sex.FEMALE).founder("MO", Sex.FEMALE)
                .person("FA", "GF", "GM", Sex.MALE).person("UN", "GF", "GM", Sex.MALE)
                .person("MP", "FA", "MO", Sex.MALE).build();
        // Its own seed, so the other benchmarks' data stay what they were.
        grandparentData = grandparentCase(new Random(20240202));
        references = new ArrayList<>();
        GenotypeTable.Builder v = GenotypeTable.builder();
        for (int f = 0; f < 10; f++) {
            GenotypeTable t = familyOf(r, "V" + f);
            references.add(t.without("V" + f));
            v = copy(v, t, "V" + f);
        }
        for (int i = 10; i < 100; i++) {
            for (Locus l : loci) {
                BenchmarkData.put(v, "V" + i, l, BenchmarkData.founder(l, r));
            }
        }
        victims = v.build();
    }

    private GenotypeTable familyOf(Random r, String missing) {
        GenotypeTable.Builder b = GenotypeTable.builder();
        for (Locus l : loci) {
            String[] fa = BenchmarkData.founder(l, r);
            String[] mo = BenchmarkData.founder(l, r);
            BenchmarkData.put(b, missing, l, BenchmarkData.child(fa, mo, r));
            BenchmarkData.put(b, "S1", l, BenchmarkData.child(fa, mo, r));
            BenchmarkData.put(b, "S2", l, BenchmarkData.child(fa, mo, r));
        }
        return b.build();
    }

    /** Missing person, uncle and grandmother typed; grandfather, father and mother untyped. */
    private GenotypeTable grandparentCase(Random r) {
        GenotypeTable.Builder b = GenotypeTable.builder();
        for (Locus l : loci) {
            String[] gf = BenchmarkData.founder(l, r);
            String[] gm = BenchmarkData.founder(l, r);
            String[] fa = BenchmarkData.child(gf, gm, r);
            BenchmarkData.put(b, "GM", l, gm);
            BenchmarkData.put(b, "UN", l, BenchmarkData.child(gf, gm, r));
            BenchmarkData.put(b, "MP", l, BenchmarkData.child(fa, BenchmarkData.founder(l, r), r));
        }
        return b.build();
    }

    private static GenotypeTable.Builder copy(GenotypeTable.Builder b, GenotypeTable t, String person) {
        t.profile(person).forEach((locus, g) -> b.put(person, locus, g));
        return b;
    }

    /** One full 23-marker likelihood of the five-member family. */
    @Benchmark
    public double fiveMemberFamily() {
        return Likelihood.logLikelihoods(family, familyData, loci, options).total();
    }

    /**
     * Three generations (grandparents, father and uncle, missing person): outside the one-generation
     * fast path, so this measures the general variable elimination on the same 23 loci.
     */
    @Benchmark
    public double grandparentsUncleAndMissingPerson() {
        return Likelihood.logLikelihoods(grandparents, grandparentData, loci, options).total();
    }

    /** log LR of each of 100 victims against each of 10 families' missing person. */
    @Benchmark
    public double pairwiseHundredVictimsTenFamilies() {
        Pedigree ped = Pedigree.nuclear("FA", "MO", "MP", "S1", "S2");
        double sum = 0;
        for (GenotypeTable refs : references) {
            double[][] dist = new double[loci.size()][];
            for (int l = 0; l < loci.size(); l++) {
                dist[l] = Likelihood.genotypeDistribution(ped, refs, loci.get(l), "MP", options);
            }
            for (int v = 0; v < 100; v++) {
                String id = "V" + v;
                for (int l = 0; l < loci.size(); l++) {
                    Locus locus = loci.get(l);
                    Genotype g = victims.get(id, locus.name()).orElseThrow();
                    int a = locus.indexOf(g.allele1());
                    int b = locus.indexOf(g.allele2());
                    double pa = locus.frequency(a);
                    double pb = locus.frequency(b);
                    double unrelated = a == b ? pa * pa : 2 * pa * pb;
                    sum += Math.log(dist[l][GenotypeIndex.index(a, b)] / unrelated);
                }
            }
        }
        return sum;
    }

    /** The lone founder used as a sanity anchor: an untyped-parent singleton at 23 loci. */
    @Benchmark
    public double singletonVictim() {
        return Likelihood.logLikelihoods(Pedigree.singleton("V0", Sex.MALE), victims, loci, options).total();
    }
}
