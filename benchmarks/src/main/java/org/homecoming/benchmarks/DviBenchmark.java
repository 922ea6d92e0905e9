package org.homecoming.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.homecoming.kinship.dvi.DviAnalysis;
import org.homecoming.kinship.dvi.DviOptions;
import org.homecoming.kinship.dvi.DviProblem;
import org.homecoming.kinship.dvi.PairwiseTable;
import org.homecoming.kinship.dvi.ReferenceFamily;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.mutation.MutationModel;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.pedigree.Sex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The DVI pairwise LR matrix for a synthetic problem: victims × 10 reference families (trios, a
 * brother as reference, a father with two missing sons), 15 STR-like loci of 12 alleles with a
 * proportional mutation model. The target is 100 victims × 10 families in under a second.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar DviBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DviBenchmark {

    @Param({"100"})
    int victims;

    private DviProblem problem;

    @Setup
    public void setUp() {
        problem = problem(victims, 10, 15, new Random(20240501));
    }

    @Benchmark
    public PairwiseTable pairwise() {
        return DviAnalysis.pairwise(problem);
    }

    static DviProblem problem(int nVictims, int nFamilies, int nLoci, Random rnd) {
        List<Locus> loci = new ArrayList<>();
        for (int l = 0; l < nLoci; l++) {
            List<String> alleles = new ArrayList<>();
            double[] f = new double[12];
            double sum = 0;
            for (int a = 0; a < f.length; a++) {
                alleles.add(String.valueOf(8 + a));
                f[a] = 0.2 + rnd.nextDouble();
                sum += f[a];
            }
            for (int a = 0; a < f.length; a++) {
                f[a] /= sum;
            }
            Locus locus = Locus.of("L" + (l + 1), alleles, f);
            loci.add(locus.withMutation(MutationModel.proportional(0.001, f)));
        }
        List<ReferenceFamily> families = new ArrayList<>();
        for (int k = 0; k < nFamilies; k++) {
            families.add(family(k, loci, rnd));
        }
        GenotypeTable.Builder v = GenotypeTable.builder();
        Map<String, Sex> sexes = new LinkedHashMap<>();
        for (int i = 0; i < nVictims; i++) {
            String id = "V" + (i + 1);
            sexes.put(id, rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE);
            for (Locus l : loci) {
                v.put(id, l.name(), draw(l, rnd));
            }
        }
        return new DviProblem(v.build(), sexes, families, loci, DviOptions.defaults());
    }

    private static ReferenceFamily family(int k, List<Locus> loci, Random rnd) {
        String p = "F" + (k + 1) + "-";
        GenotypeTable.Builder refs = GenotypeTable.builder();
        Pedigree.Builder b = Pedigree.builder().founder(p + "FA", Sex.MALE).founder(p + "MO", Sex.FEMALE);
        List<String> missing = new ArrayList<>();
        List<String> typed = new ArrayList<>();
        switch (k % 3) {
            case 0 -> {
                b.person(p + "M1", p + "FA", p + "MO", Sex.MALE);
                typed.addAll(List.of(p + "FA", p + "MO"));
                missing.add(p + "M1");
            }
            case 1 -> {
                b.person(p + "M1", p + "FA", p + "MO", Sex.FEMALE).person(p + "S1", p + "FA", p + "MO", Sex.MALE);
                typed.add(p + "S1");
                missing.add(p + "M1");
            }
            default -> {
                b.person(p + "M1", p + "FA", p + "MO", Sex.MALE).person(p + "M2", p + "FA", p + "MO", Sex.MALE);
                typed.add(p + "FA");
                missing.addAll(List.of(p + "M1", p + "M2"));
            }
        }
        for (String t : typed) {
            for (Locus l : loci) {
                refs.put(t, l.name(), draw(l, rnd));
            }
        }
        return new ReferenceFamily("Family " + (k + 1), b.build(), refs.build(), missing);
    }

    private static Genotype draw(Locus l, Random rnd) {
        return Genotype.of(allele(l, rnd), allele(l, rnd));
    }

    private static String allele(Locus l, Random rnd) {
        double u = rnd.nextDouble();
        double[] f = l.frequencies();
        for (int a = 0; a < f.length; a++) {
            u -= f[a];
            if (u <= 0) {
                return l.alleles().get(a);
            }
        }
        return l.alleles().get(f.length - 1);
    }
}
