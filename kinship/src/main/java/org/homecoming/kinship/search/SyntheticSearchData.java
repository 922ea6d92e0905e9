package org.homecoming.kinship.search;

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
import org.homecoming.kinship.mutation.MutationSpec;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.pedigree.Sex;

/**
 * Reproducible synthetic families and remains for benchmarking the search: typical reference
 * families of a war-missing programme (siblings, a parent, a half-sibling, children with their
 * mother, an uncle with a grandmother), genotypes by gene dropping, a share of remains that are one
 * of the missing persons, half of the remains degraded (uncalled loci, allelic dropout).
 *
 * <pre>{@code
 * SyntheticSearchData d = SyntheticSearchData.generate(SyntheticSearchData.loci(23, 1), 10_000, 1_000, 1);
 * }</pre>
 */
public record SyntheticSearchData(List<Locus> loci, List<SearchFamily> families, List<RemainsProfile> remains) {

    /** The allelic dropout probability degraded remains are scored with. */
    public static final double DEGRADED_DROPOUT = 0.05;

    public SyntheticSearchData {
        loci = List.copyOf(loci);
        families = List.copyOf(families);
        remains = List.copyOf(remains);
    }

    /** {@code count} loci of 8 to 24 alleles with uneven frequencies, proportional mutation at rate 0.001. */
    public static List<Locus> loci(int count, long seed) {
        Random rnd = new Random(seed);
        List<Locus> loci = new ArrayList<>();
        for (int l = 0; l < count; l++) {
            int n = 8 + rnd.nextInt(17);
            List<String> alleles = new ArrayList<>();
            double[] f = new double[n];
            for (int i = 0; i < n; i++) {
                alleles.add(Integer.toString(6 + i));
                double x = rnd.nextDouble();
                f[i] = 0.005 + x * x * x;
            }
            loci.add(Locus.of("L" + (l + 1), alleles, f));
        }
        return withMutation(loci, MutationSpec.proportional(0.001));
    }

    /** The loci with {@code spec} as the mutation model of both sexes. */
    public static List<Locus> withMutation(List<Locus> loci, MutationSpec spec) {
        return loci.stream().map(l -> l.withMutation(MutationModel.of(spec, spec, l.alleles(), l.frequencies()))).toList();
    }

    /**
     * {@code families} families and {@code remains} remains; while families are drawn, each has one
     * chance in five that its missing person is among the remains, and unrelated remains fill the rest.
     */
    public static SyntheticSearchData generate(List<Locus> loci, int families, int remains, long seed) {
        if (families < 0 || remains < 0) {
            throw new IllegalArgumentException("families and remains must be at least 0: " + families + ", " + remains);
        }
        Random rnd = new Random(seed);
        List<SearchFamily> fs = new ArrayList<>(families);
        List<RemainsProfile> vs = new ArrayList<>(remains);
        for (int f = 0; f < families; f++) {
            String name = String.format("F%07d", f + 1);
            Map<String, Genotype> truth = new LinkedHashMap<>();
            fs.add(family(rnd, name, loci, truth));
            if (vs.size() < remains && rnd.nextInt(5) == 0 && families > 0) {
                vs.add(remains(rnd, String.format("R%07d", vs.size() + 1), loci, truth));
            }
        }
        while (vs.size() < remains) {
            Map<String, Genotype> calls = new LinkedHashMap<>();
            for (Locus l : loci) {
                calls.put(l.name(), Genotype.of(draw(rnd, l), draw(rnd, l)));
            }
            vs.add(remains(rnd, String.format("R%07d", vs.size() + 1), loci, calls));
        }
        return new SyntheticSearchData(loci, fs, vs);
    }

    /**
     * Remains as bone gives them: half are degraded, losing one locus in five and, at a heterozygous
     * locus, one allele in ten, and are scored with dropout 0.05; the others are complete.
     */
    private static RemainsProfile remains(Random rnd, String id, List<Locus> loci, Map<String, Genotype> truth) {
        if (rnd.nextBoolean()) {
            return new RemainsProfile(id, truth, 0);
        }
        Map<String, Genotype> calls = new LinkedHashMap<>();
        for (Locus l : loci) {
            Genotype g = truth.get(l.name());
            if (rnd.nextDouble() < 0.2) {
                continue;
            }
            calls.put(l.name(), !g.isHomozygous() && rnd.nextDouble() < 0.1 ? Genotype.of(g.allele1(), g.allele1()) : g);
        }
        return new RemainsProfile(id, calls, DEGRADED_DROPOUT);
    }

    private static SearchFamily family(Random rnd, String name, List<Locus> loci, Map<String, Genotype> truth) {
        String mp = name + "-MP";
        String fa = name + "-FA";
        String mo = name + "-MO";
        Pedigree.Builder b = Pedigree.builder();
        List<String> typed = new ArrayList<>();
        switch (rnd.nextInt(5)) {
            case 0 -> {
                b.founder(fa, Sex.MALE).founder(mo, Sex.FEMALE).person(mp, fa, mo, Sex.MALE)
                        .person(name + "-S1", fa, mo, Sex.FEMALE).person(name + "-S2", fa, mo, Sex.MALE);
                typed.add(name + "-S1");
                typed.add(name + "-S2");
            }
            case 1 -> {
                b.founder(fa, Sex.MALE).founder(mo, Sex.FEMALE).person(mp, fa, mo, Sex.MALE);
                typed.add(mo);
            }
            case 2 -> {
                b.founder(fa, Sex.MALE).founder(mo, Sex.FEMALE).founder(name + "-M2", Sex.FEMALE)
                        .person(mp, fa, mo, Sex.MALE).person(name + "-HS", fa, name + "-M2", Sex.MALE)
                        .person(name + "-S1", fa, mo, Sex.MALE);
                typed.add(name + "-HS");
                typed.add(name + "-S1");
            }
            case 3 -> {
                b.founder(mp, Sex.MALE).founder(name + "-W", Sex.FEMALE)
                        .person(name + "-C1", mp, name + "-W", Sex.MALE).person(name + "-C2", mp, name + "-W", Sex.FEMALE);
                typed.add(name + "-C1");
                typed.add(name + "-C2");
                typed.add(name + "-W");
            }
            default -> {
                b.founder(name + "-GF", Sex.MALE).founder(name + "-GM", Sex.FEMALE).founder(mo, Sex.FEMALE)
                        .person(fa, name + "-GF", name + "-GM", Sex.MALE).person(name + "-U", name + "-GF", name + "-GM", Sex.MALE)
                        .person(mp, fa, mo, Sex.MALE).person(name + "-S1", fa, mo, Sex.FEMALE);
                typed.add(name + "-U");
                typed.add(name + "-S1");
            }
        }
        Pedigree p = b.build();
        GenotypeTable.Builder refs = GenotypeTable.builder();
        for (Locus l : loci) {
            Map<String, String[]> g = new HashMap<>();
            for (int i = 0; i < p.size(); i++) {
                drop(rnd, p, l, i, g);
            }
            typed.forEach(t -> refs.put(t, l.name(), Genotype.of(g.get(t)[0], g.get(t)[1])));
            truth.put(l.name(), Genotype.of(g.get(mp)[0], g.get(mp)[1]));
        }
        return new SearchFamily(name, mp, p, refs.build());
    }

    private static String[] drop(Random rnd, Pedigree p, Locus l, int i, Map<String, String[]> g) {
        String id = p.id(i);
        String[] known = g.get(id);
        if (known != null) {
            return known;
        }
        String[] out = p.isFounder(i) ? new String[] {draw(rnd, l), draw(rnd, l)}
                : new String[] {drop(rnd, p, l, p.father(i), g)[rnd.nextInt(2)], drop(rnd, p, l, p.mother(i), g)[rnd.nextInt(2)]};
        g.put(id, out);
        return out;
    }

    private static String draw(Random rnd, Locus l) {
        double u = rnd.nextDouble();
        for (int i = 0; i < l.alleleCount() - 1; i++) {
            u -= l.frequency(i);
            if (u <= 0) {
                return l.alleles().get(i);
            }
        }
        return l.alleles().get(l.alleleCount() - 1);
    }
}
