package org.homecoming.kinship.io.familias;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.lr.Hypothesis;
import org.homecoming.kinship.mutation.MutationSpec;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.pedigree.Sex;

/**
 * Writes a case (hypotheses, genotypes, loci with mutation models, θ, dropout) as a Familias
 * {@code .fam} file in the layout of Familias 3.2, which Familias and pedFamilias read.
 *
 * <p>{@code FamiliasWriter.write(Path.of("case.fam"), hypotheses, data, loci, options);}
 *
 * <p>Every pedigree is written with its own parent–child relations (no "Known relations"). Persons
 * are those of the pedigrees, then anyone else in {@code data}; Familias keeps one list of persons for
 * all pedigrees, so a person of one pedigree reads back as an unrelated founder of the others (which
 * changes no likelihood). A person of unknown sex is written as female, since Familias knows only two. Cannot be written, and refused with
 * IllegalArgumentException: custom mutation matrices, genotypes at loci or with alleles the loci lack,
 * and different dropout probabilities for different persons. An X-linked hemizygous call is written
 * a/a, as Familias stores it.
 */
public final class FamiliasWriter {

    /** The Familias version whose layout is written. */
    public static final String VERSION = "3.2.8";

    private FamiliasWriter() {
    }

    public static void write(Path path, List<Hypothesis> hypotheses, GenotypeTable data, List<Locus> loci,
            LikelihoodOptions options) {
        try {
            Files.write(path, lines(hypotheses, data, loci, options), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    /** The lines of the file. */
    public static List<String> lines(List<Hypothesis> hypotheses, GenotypeTable data, List<Locus> loci,
            LikelihoodOptions options) {
        Map<String, Sex> persons = persons(hypotheses, data);
        List<String> ids = new ArrayList<>(persons.keySet());
        double dropout = dropout(options);
        List<String> out = new ArrayList<>(List.of(quote("Output from Familias, version " + VERSION),
                quote("Written by Homecoming"), VERSION, quote(""), String.valueOf(ids.size())));
        for (String id : ids) {
            out.add(quote(id));
            out.add("#FALSE#");
            out.add(options.dropout().containsKey(id) ? "-1 (Consider dropouts)" : "-1");
            out.add("#FALSE#");
            out.add(persons.get(id) == Sex.MALE ? "#TRUE#" : "#FALSE#");
            genotypes(out, id, data, loci);
        }
        out.addAll(List.of(quote("Known relations"), "0", "0", "0", String.valueOf(hypotheses.size())));
        for (int h = 0; h < hypotheses.size(); h++) {
            relations(out, h, hypotheses.get(h), ids);
        }
        out.add("#FALSE# (#Databases: 1 ;Theta/Kinship/Fst: " + number(options.theta()) + " )");
        out.add(String.valueOf(loci.size()));
        out.add("#TRUE#");
        out.add(quote("Homecoming"));
        for (Locus l : loci) {
            locus(out, l, dropout);
        }
        return out;
    }

    private static Map<String, Sex> persons(List<Hypothesis> hypotheses, GenotypeTable data) {
        Map<String, Sex> persons = new LinkedHashMap<>();
        for (Hypothesis h : hypotheses) {
            Pedigree p = h.pedigree();
            for (String id : p.ids()) {
                Sex s = p.sex(id);
                Sex before = persons.putIfAbsent(id, s);
                if (before != null && before != s) {
                    throw new IllegalArgumentException("person " + id + " is " + before + " in one hypothesis and "
                            + s + " in " + h.name());
                }
            }
        }
        data.persons().forEach(id -> persons.putIfAbsent(id, Sex.UNKNOWN));
        return persons;
    }

    private static double dropout(LikelihoodOptions options) {
        Set<Double> values = new HashSet<>(options.dropout().values());
        if (values.size() > 1) {
            throw new IllegalArgumentException("Familias has one dropout probability for all persons: " + values);
        }
        return values.stream().findFirst().orElse(0.0);
    }

    private static void genotypes(List<String> out, String id, GenotypeTable data, List<Locus> loci) {
        List<String> lines = new ArrayList<>();
        for (int m = 0; m < loci.size(); m++) {
            Locus l = loci.get(m);
            Optional<Genotype> g = data.get(id, l.name());
            if (g.isPresent()) {
                lines.add(String.valueOf(allele(l, g.get().allele1(), id)));
                lines.add(String.valueOf(allele(l, g.get().allele2(), id)));
                lines.add(String.valueOf(m));
            }
        }
        if (data.isTyped(id)) {
            for (String locus : data.profile(id).keySet()) {
                if (loci.stream().noneMatch(l -> l.name().equals(locus))) {
                    throw new IllegalArgumentException("person " + id + " is typed at locus " + locus
                            + ", which is not among the loci to write");
                }
            }
        }
        out.add(String.valueOf(lines.size() / 3));
        out.addAll(lines);
    }

    private static int allele(Locus l, String allele, String id) {
        int i = l.indexOf(allele);
        if (i < 0) {
            throw new IllegalArgumentException("person " + id + " has allele " + allele + " at locus " + l.name()
                    + ", which the locus lacks (add it with Locus.withMissingAlleles)");
        }
        return i;
    }

    private static void relations(List<String> out, int index, Hypothesis h, List<String> ids) {
        Pedigree p = h.pedigree();
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            if (!p.isFounder(i)) {
                pairs.add(String.valueOf(ids.indexOf(p.id(p.father(i)))));
                pairs.add(String.valueOf(ids.indexOf(p.id(i))));
                pairs.add(String.valueOf(ids.indexOf(p.id(p.mother(i)))));
                pairs.add(String.valueOf(ids.indexOf(p.id(i))));
            }
        }
        out.addAll(List.of(String.valueOf(index), quote(h.name()), "0", "0", String.valueOf(pairs.size() / 2)));
        out.addAll(pairs);
    }

    private static void locus(List<String> out, Locus l, double dropout) {
        MutationSpec f = l.mutation().femaleSpec();
        MutationSpec m = l.mutation().maleSpec();
        int n = l.alleleCount();
        out.addAll(List.of(quote(l.name()), number(f.rate()), number(m.rate()), code(f, l), code(m, l),
                String.valueOf(n), number(f.range()), number(m.range()), number(f.rate2()), number(m.rate2()),
                "#FALSE#", "0", n + "\t(DatabaseSize = 0 , Dropout probability = " + number(dropout)
                + " , Minor allele frequency = 0 )"));
        for (int i = 0; i < n; i++) {
            out.add(quote(l.alleles().get(i)));
            out.add(number(l.frequency(i)));
        }
    }

    private static String code(MutationSpec s, Locus l) {
        FamiliasModel model = switch (s.kind()) {
            case NONE, EQUAL -> FamiliasModel.EQUAL;
            case PROPORTIONAL -> FamiliasModel.PROPORTIONAL;
            case STEPWISE -> FamiliasModel.STEPWISE_UNSTATIONARY;
            case EXTENDED_STEPWISE -> FamiliasModel.EXTENDED_STEPWISE;
            case CUSTOM -> throw new IllegalArgumentException("locus " + l.name()
                    + ": a custom mutation matrix cannot be written to a .fam file");
        };
        return String.valueOf(model.code());
    }

    /** The shortest decimal that reads back as {@code x}, with an exponent below 1e-4 as R writes. */
    static String number(double x) {
        if (x == 0) {
            return "0";
        }
        BigDecimal exact = new BigDecimal(x);
        BigDecimal shortest = exact;
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p));
            if (r.doubleValue() == x) {
                shortest = r;
                break;
            }
        }
        shortest = shortest.stripTrailingZeros();
        if (Math.abs(x) >= 1e-4) {
            return shortest.toPlainString();
        }
        String digits = shortest.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - shortest.scale();
        String mantissa = digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits;
        return (x < 0 ? "-" : "") + mantissa + "e-" + String.format("%02d", -exponent);
    }

    private static String quote(String s) {
        if (s.contains("\"") || s.contains("\n")) {
            throw new IllegalArgumentException("a name written to a .fam file must not contain quotes or line breaks: "
                    + s);
        }
        return "\"" + s + "\"";
    }
}
