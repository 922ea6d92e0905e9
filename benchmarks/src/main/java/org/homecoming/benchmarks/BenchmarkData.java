package org.homecoming.benchmarks;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.homecoming.kinship.io.FrequencyTableReader;
import org.homecoming.kinship.locus.FrequencyDatabase;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.locus.LocusFrequencies;
import org.homecoming.kinship.mutation.MutationModel;

/** The 23 East Asian loci with a stepwise model, and seeded random genotypes drawn from them. */
final class BenchmarkData {

    private BenchmarkData() {
    }

    /** The 23 loci, stepwise mutation (rate 0.002, rate2 1e-6, range 0.1) for both sexes. */
    static List<Locus> loci() {
        try (InputStream in = BenchmarkData.class.getResourceAsStream("east-asia-23-loci.txt")) {
            FrequencyDatabase db = FrequencyTableReader.read(in, "east-asia-23-loci.txt", "east-asia");
            List<Locus> out = new ArrayList<>();
            for (LocusFrequencies f : db.loci()) {
                Locus l = Locus.of(f);
                out.add(l.withMutation(MutationModel.stepwise(l.alleles(), 0.002, 1e-6, 0.1)));
            }
            return out;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("benchmark frequencies unreadable", e);
        }
    }

    /** Two alleles drawn from the locus frequencies. */
    static String[] founder(Locus l, Random r) {
        return new String[] {draw(l, r), draw(l, r)};
    }

    /** A child of two genotypes (no mutation). */
    static String[] child(String[] father, String[] mother, Random r) {
        return new String[] {father[r.nextInt(2)], mother[r.nextInt(2)]};
    }

    static void put(GenotypeTable.Builder b, String person, Locus l, String[] g) {
        b.put(person, l.name(), Genotype.of(g[0], g[1]));
    }

    private static String draw(Locus l, Random r) {
        double u = r.nextDouble();
        double s = 0;
        for (int i = 0; i < l.alleleCount(); i++) {
            s += l.frequency(i);
            if (u < s) {
                return l.alleles().get(i);
            }
        }
        return l.alleles().get(l.alleleCount() - 1);
    }
}
