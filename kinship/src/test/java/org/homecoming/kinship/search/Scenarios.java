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
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.pedigree.Sex;

/** Random small families, loci and remains for the search tests, drawn by gene dropping. */
final class Scenarios {

    private Scenarios() {
    }

    /** 1–4 loci of 2–7 alleles, with a mutation model drawn among none, equal, proportional and stepwise. */
    static List<Locus> loci(Random rnd, int count, String model) {
        List<Locus> loci = new ArrayList<>();
        for (int l = 0; l < count; l++) {
            int n = 2 + rnd.nextInt(6);
            List<String> alleles = new ArrayList<>();
            double[] f = new double[n];
            for (int i = 0; i < n; i++) {
                alleles.add(String.valueOf(8 + i));
                f[i] = 0.05 + rnd.nextDouble();
            }
            Locus locus = Locus.of("L" + l, alleles, f);
            double rate = 0.001 + 0.01 * rnd.nextDouble();
            MutationModel m = switch (model) {
                case "equal" -> MutationModel.equal(rate, n);
                case "proportional" -> MutationModel.proportional(rate, locus.frequencies());
                case "stepwise" -> MutationModel.stepwise(alleles, rate, 0.0, 0.1);
                default -> MutationModel.none(n);
            };
            loci.add(locus.withMutation(m));
        }
        return loci;
    }

    static String model(Random rnd) {
        return List.of("none", "equal", "proportional", "stepwise").get(rnd.nextInt(4));
    }

    /** A family drawn from a few templates, with true genotypes for everyone (the missing person included). */
    record Drawn(SearchFamily family, Map<String, Genotype> missingTruth) {
    }

    static Drawn family(Random rnd, String name, List<Locus> loci) {
        String mp = name + "-MP";
        Pedigree.Builder b = Pedigree.builder();
        List<String> typed = new ArrayList<>();
        switch (rnd.nextInt(5)) {
            case 0 -> {
                b.founder(name + "-FA", Sex.MALE).founder(name + "-MO", Sex.FEMALE)
                        .person(mp, name + "-FA", name + "-MO", Sex.MALE)
                        .person(name + "-S1", name + "-FA", name + "-MO", Sex.FEMALE)
                        .person(name + "-S2", name + "-FA", name + "-MO", Sex.MALE);
                typed.addAll(List.of(name + "-S1", name + "-S2"));
                if (rnd.nextBoolean()) {
                    typed.add(name + "-MO");
                }
            }
            case 1 -> {
                b.founder(name + "-FA", Sex.MALE).founder(name + "-MO", Sex.FEMALE)
                        .person(mp, name + "-FA", name + "-MO", Sex.MALE);
                typed.add(name + "-FA");
            }
            case 2 -> {
                b.founder(name + "-FA", Sex.MALE).founder(name + "-MO", Sex.FEMALE).founder(name + "-M2", Sex.FEMALE)
                        .person(mp, name + "-FA", name + "-MO", Sex.MALE)
                        .person(name + "-HS", name + "-FA", name + "-M2", Sex.MALE);
                typed.add(name + "-HS");
            }
            case 3 -> {
                b.founder(mp, Sex.MALE).founder(name + "-W", Sex.FEMALE)
                        .person(name + "-C1", mp, name + "-W", Sex.MALE)
                        .person(name + "-C2", mp, name + "-W", Sex.FEMALE);
                typed.addAll(List.of(name + "-C1", name + "-C2"));
                if (rnd.nextBoolean()) {
                    typed.add(name + "-W");
                }
            }
            default -> {
                b.founder(name + "-GF", Sex.MALE).founder(name + "-GM", Sex.FEMALE).founder(name + "-MO", Sex.FEMALE)
                        .person(name + "-FA", name + "-GF", name + "-GM", Sex.MALE)
                        .person(name + "-U", name + "-GF", name + "-GM", Sex.MALE)
                        .person(mp, name + "-FA", name + "-MO", Sex.MALE);
                typed.addAll(List.of(name + "-GM", name + "-U"));
            }
        }
        Pedigree p = b.build();
        GenotypeTable.Builder refs = GenotypeTable.builder();
        Map<String, Genotype> truth = new LinkedHashMap<>();
        for (Locus locus : loci) {
            Map<String, String[]> g = geneDrop(rnd, p, locus);
            for (String t : typed) {
                if (rnd.nextDouble() < 0.85) {
                    refs.put(t, locus.name(), Genotype.of(g.get(t)[0], g.get(t)[1]));
                }
            }
            truth.put(locus.name(), Genotype.of(g.get(mp)[0], g.get(mp)[1]));
        }
        return new Drawn(new SearchFamily(name, mp, p, refs.build()), truth);
    }

    /** Remains: the missing person's true profile or an unrelated one, with untyped loci and allelic dropout. */
    static RemainsProfile remains(Random rnd, String id, List<Locus> loci, Map<String, Genotype> truth, double dropout) {
        Map<String, Genotype> calls = new LinkedHashMap<>();
        for (Locus locus : loci) {
            if (rnd.nextDouble() < 0.1) {
                continue;
            }
            Genotype g = truth != null ? truth.get(locus.name()) : Genotype.of(draw(rnd, locus), draw(rnd, locus));
            if (dropout > 0 && !g.isHomozygous() && rnd.nextDouble() < 0.3) {
                g = Genotype.of(g.allele1(), g.allele1());
            }
            calls.put(locus.name(), g);
        }
        return new RemainsProfile(id, calls, dropout);
    }

    private static Map<String, String[]> geneDrop(Random rnd, Pedigree p, Locus locus) {
        Map<String, String[]> g = new HashMap<>();
        for (int i = 0; i < p.size(); i++) {
            drop(rnd, p, locus, i, g);
        }
        return g;
    }

    private static String[] drop(Random rnd, Pedigree p, Locus locus, int i, Map<String, String[]> g) {
        String id = p.id(i);
        if (g.containsKey(id)) {
            return g.get(id);
        }
        String[] out;
        if (p.isFounder(i)) {
            out = new String[] {draw(rnd, locus), draw(rnd, locus)};
        } else {
            String[] fa = drop(rnd, p, locus, p.father(i), g);
            String[] mo = drop(rnd, p, locus, p.mother(i), g);
            out = new String[] {mutate(rnd, locus, fa[rnd.nextInt(2)]), mutate(rnd, locus, mo[rnd.nextInt(2)])};
        }
        g.put(id, out);
        return out;
    }

    /** Occasionally a one-step change, so that some references need the mutation model. */
    private static String mutate(Random rnd, Locus locus, String allele) {
        if (locus.mutation().isTrivial() || rnd.nextDouble() > 0.05) {
            return allele;
        }
        int i = locus.indexOf(allele);
        int j = i + (rnd.nextBoolean() ? 1 : -1);
        return j < 0 || j >= locus.alleleCount() ? allele : locus.alleles().get(j);
    }

    static String draw(Random rnd, Locus locus) {
        double u = rnd.nextDouble();
        for (int i = 0; i < locus.alleleCount(); i++) {
            u -= locus.frequency(i);
            if (u <= 0) {
                return locus.alleles().get(i);
            }
        }
        return locus.alleles().get(locus.alleleCount() - 1);
    }
}
