package org.homecoming.benchmarks;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.homecoming.kinship.likelihood.Likelihood;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
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
 * One full 23-marker likelihood (stepwise mutation) of each deeper reference family, the missing
 * person MP typed with one relative, every other person untyped:
 * {@code grandparentGrandchild} (grandfather GF typed), {@code avuncular} (uncle UN typed),
 * {@code firstCousins} (cousin CO typed; the grandparents, the parents and the aunt untyped),
 * {@code halfSiblings} (half-sibling HS typed, the common father and both mothers untyped).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar -f 1 -wi 5 -i 5 -w 2 -r 2 DeepPedigree}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DeepPedigreeBenchmark {

    private final LikelihoodOptions options = LikelihoodOptions.defaults();
    private List<Locus> loci;
    private Pedigree grandparent;
    private GenotypeTable grandparentData;
    private Pedigree avuncular;
    private GenotypeTable avuncularData;
    private Pedigree cousins;
    private GenotypeTable cousinData;
    private Pedigree halfSiblings;
    private GenotypeTable halfSiblingData;

    @Setup
    public void setUp() {
        loci = BenchmarkData.loci();
        Random r = new Random(20261204);
        grandparent = Pedigree.builder().founder("GF", Sex.MALE).founder("GM", Sex.FEMALE).founder("MO", Sex.FEMALE)
                .person("FA", "GF", "GM", Sex.MALE).person("MP", "FA", "MO", Sex.MALE).build();
        avuncular = Pedigree.builder().founder("GF", Sex.MALE).founder("GM", Sex.FEMALE).founder("MO", Sex.FEMALE)
                .person("FA", "GF", "GM", Sex.MALE).person("UN", "GF", "GM", Sex.MALE)
                .person("MP", "FA", "MO", Sex.MALE).build();
        cousins = Pedigree.builder().founder("GF", Sex.MALE).founder("GM", Sex.FEMALE).founder("MO", Sex.FEMALE)
                .founder("UH", Sex.MALE).person("FA", "GF", "GM", Sex.MALE).person("AU", "GF", "GM", Sex.FEMALE)
                .person("MP", "FA", "MO", Sex.MALE).person("CO", "UH", "AU", Sex.FEMALE).build();
        halfSiblings = Pedigree.builder().founder("FA", Sex.MALE).founder("M1", Sex.FEMALE).founder("M2", Sex.FEMALE)
                .person("MP", "FA", "M1", Sex.MALE).person("HS", "FA", "M2", Sex.FEMALE).build();
        GenotypeTable.Builder g = GenotypeTable.builder();
        GenotypeTable.Builder a = GenotypeTable.builder();
        GenotypeTable.Builder c = GenotypeTable.builder();
        GenotypeTable.Builder h = GenotypeTable.builder();
        for (Locus l : loci) {
            String[] gf = BenchmarkData.founder(l, r);
            String[] gm = BenchmarkData.founder(l, r);
            String[] fa = BenchmarkData.child(gf, gm, r);
            String[] au = BenchmarkData.child(gf, gm, r);
            String[] mp = BenchmarkData.child(fa, BenchmarkData.founder(l, r), r);
            BenchmarkData.put(g, "GF", l, gf);
            BenchmarkData.put(g, "MP", l, mp);
            BenchmarkData.put(a, "UN", l, au);
            BenchmarkData.put(a, "MP", l, mp);
            BenchmarkData.put(c, "CO", l, BenchmarkData.child(BenchmarkData.founder(l, r), au, r));
            BenchmarkData.put(c, "MP", l, mp);
            BenchmarkData.put(h, "HS", l, BenchmarkData.child(fa, BenchmarkData.founder(l, r), r));
            BenchmarkData.put(h, "MP", l, mp);
        }
        grandparentData = g.build();
        avuncularData = a.build();
        cousinData = c.build();
        halfSiblingData = h.build();
    }

    @Benchmark
    public double grandparentGrandchild() {
        return Likelihood.logLikelihoods(grandparent, grandparentData, loci, options).total();
    }

    @Benchmark
    public double avuncular() {
        return Likelihood.logLikelihoods(avuncular, avuncularData, loci, options).total();
    }

    @Benchmark
    public double firstCousins() {
        return Likelihood.logLikelihoods(cousins, cousinData, loci, options).total();
    }

    @Benchmark
    public double halfSiblings() {
        return Likelihood.logLikelihoods(halfSiblings, halfSiblingData, loci, options).total();
    }
}
