package org.homecoming.kinship.dvi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.mutation.MutationModel;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.pedigree.Sex;

/** Genotypes dropped through pedigrees from a seed, for DVI tests on problems with a known truth. */
final class DviSimulation {

    private final Random random;

    DviSimulation(long seed) {
        this.random = new Random(seed);
    }

    /** n loci named L1.. with k alleles 1..k at random frequencies; every other one with equal mutation. */
    List<Locus> loci(int n, int k, boolean mutation) {
        List<Locus> out = new ArrayList<>();
        for (int l = 1; l <= n; l++) {
            List<String> alleles = new ArrayList<>();
            double[] f = new double[k];
            double sum = 0;
            for (int a = 0; a < k; a++) {
                alleles.add(String.valueOf(a + 1));
                f[a] = 0.2 + random.nextDouble();
                sum += f[a];
            }
            for (int a = 0; a < k; a++) {
                f[a] /= sum;
            }
            Locus locus = Locus.of("L" + l, alleles, f);
            out.add(mutation && l % 2 == 0 ? locus.withMutation(MutationModel.equal(0.005, k)) : locus);
        }
        return out;
    }

    /** Everyone in the pedigree (founders first in its order) genotyped by gene dropping. */
    Map<String, Map<String, Genotype>> drop(Pedigree p, List<Locus> loci) {
        Map<String, Map<String, Genotype>> out = new LinkedHashMap<>();
        for (String id : p.ids()) {
            out.put(id, new HashMap<>());
        }
        for (Locus locus : loci) {
            for (String id : order(p)) {
                int i = p.indexOf(id);
                Genotype g = p.isFounder(i) ? Genotype.of(allele(locus), allele(locus))
                        : Genotype.of(transmit(out.get(p.id(p.father(i))).get(locus.name())),
                                transmit(out.get(p.id(p.mother(i))).get(locus.name())));
                out.get(id).put(locus.name(), g);
            }
        }
        return out;
    }

    /** A random unrelated profile. */
    Map<String, Genotype> unrelated(List<Locus> loci) {
        Map<String, Genotype> out = new HashMap<>();
        loci.forEach(l -> out.put(l.name(), Genotype.of(allele(l), allele(l))));
        return out;
    }

    int nextInt(int n) {
        return random.nextInt(n);
    }

    boolean nextBoolean() {
        return random.nextBoolean();
    }

    static GenotypeTable.Builder put(GenotypeTable.Builder b, String id, Map<String, Genotype> profile) {
        profile.forEach((locus, g) -> b.put(id, locus, g));
        return b;
    }

    private String allele(Locus l) {
        double u = random.nextDouble();
        double acc = 0;
        for (int a = 0; a < l.alleleCount(); a++) {
            acc += l.frequency(a);
            if (u < acc) {
                return l.alleles().get(a);
            }
        }
        return l.alleles().get(l.alleleCount() - 1);
    }

    private String transmit(Genotype g) {
        return random.nextBoolean() ? g.allele1() : g.allele2();
    }

    /** Parents before children. */
    private static List<String> order(Pedigree p) {
        List<String> out = new ArrayList<>();
        while (out.size() < p.size()) {
            for (String id : p.ids()) {
                int i = p.indexOf(id);
                if (!out.contains(id) && (p.isFounder(i) || out.contains(p.id(p.father(i))) && out.contains(p.id(p.mother(i))))) {
                    out.add(id);
                }
            }
        }
        return out;
    }

    static Sex sexOf(Pedigree p, String id) {
        return p.sex(p.indexOf(id));
    }
}
