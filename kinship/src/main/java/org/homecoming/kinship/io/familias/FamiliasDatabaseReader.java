package org.homecoming.kinship.io.familias;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the database part of a {@code .fam} file: θ, the loci, their mutation models and alleles. */
final class FamiliasDatabaseReader {

    private static final Pattern THETA = Pattern.compile("Theta/Kinship/Fst:\\s*([^\\s)]+)");
    private static final Pattern SIZE = Pattern.compile("DatabaseSize\\s*=\\s*([^\\s,)]+)");
    private static final Pattern DROPOUT = Pattern.compile("Dropout probability\\s*=\\s*([^\\s,)]+)");
    private static final Pattern MAF = Pattern.compile("Minor allele frequency\\s*=\\s*([^\\s,)]+)");

    private final FamiliasLines in;

    FamiliasDatabaseReader(FamiliasLines in) {
        this.in = in;
    }

    FamiliasDatabase database() {
        String head = in.next("the database line \"#FALSE# (#Databases: 1 ;Theta/Kinship/Fst: 0 )\"");
        if (head.startsWith("#TRUE#")) {
            throw in.error("the file stores precomputed probabilities, which are not supported: '" + head + "'");
        }
        if (!head.startsWith("#FALSE#")) {
            throw in.error("expected the database line \"#FALSE# (#Databases: 1 ;Theta/Kinship/Fst: 0 )\","
                    + " found '" + head + "'");
        }
        double theta = 0;
        Matcher m = THETA.matcher(head);
        if (m.find()) {
            theta = in.parseNumber(m.group(1), "θ after 'Theta/Kinship/Fst:'");
            if (!(theta >= 0 && theta < 1)) {
                throw in.error("θ (Theta/Kinship/Fst) must be in [0, 1), found " + m.group(1));
            }
        }
        int n = in.count("a number of loci");
        String name = in.flag("whether the database has a name") ? in.text("the database name") : "";
        List<FamiliasLocus> loci = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            FamiliasLocus locus = locus(i);
            for (FamiliasLocus l : loci) {
                if (l.name().equals(locus.name())) {
                    throw in.errorAt(locus.line(), "locus " + locus.name() + " appears twice (first at line "
                            + l.line() + ")");
                }
            }
            loci.add(locus);
        }
        return new FamiliasDatabase(name, theta, loci);
    }

    private FamiliasLocus locus(int i) {
        String name = in.text("the name of locus " + i);
        int line = in.line();
        if (name.isBlank()) {
            throw in.error("locus " + i + " has an empty name");
        }
        double rateF = rate("the female mutation rate of locus " + name);
        double rateM = rate("the male mutation rate of locus " + name);
        FamiliasModel modelF = model("female", name);
        FamiliasModel modelM = model("male", name);
        in.count("the number of alleles of locus " + name + " (with the silent allele)");
        double rangeF = range("the female mutation range of locus " + name);
        double rangeM = range("the male mutation range of locus " + name);
        double rate2F = rate("the female mutation rate2 of locus " + name);
        double rate2M = rate("the male mutation rate2 of locus " + name);
        if (in.flag("whether locus " + name + " has a silent allele")) {
            throw in.error("locus " + name + " has a silent allele, which is not supported");
        }
        in.number("the silent allele frequency of locus " + name);
        String info = in.next("the number of alleles of locus " + name);
        String[] parts = info.split("\\s+", 2);
        int alleles = in.parseInt(parts[0], "the number of alleles of locus " + name);
        if (alleles <= 0) {
            throw in.error("expected the number of alleles of locus " + name + ", a positive number, found "
                    + alleles);
        }
        if (alleles > in.remaining()) {
            throw in.error("locus " + name + " lists " + alleles + " alleles but only " + in.remaining()
                    + " lines follow");
        }
        String rest = parts.length > 1 ? parts[1] : "";
        double size = optional(SIZE, rest, "the database size of locus " + name);
        double dropout = optional(DROPOUT, rest, "the dropout probability of locus " + name);
        double maf = optional(MAF, rest, "the minor allele frequency of locus " + name);
        if (!(dropout >= 0 && dropout < 1) || !(maf >= 0 && maf < 1) || !(size >= 0)) {
            throw in.error("locus " + name + ": expected a database size >= 0, a dropout probability and a"
                    + " minor allele frequency in [0, 1), found '" + rest + "'");
        }
        List<String> labels = new ArrayList<>();
        double[] freqs = new double[alleles];
        for (int a = 0; a < alleles; a++) {
            String label = in.text("allele " + (a + 1) + " of locus " + name);
            if (label.isBlank()) {
                throw in.error("locus " + name + ": allele " + (a + 1) + " has an empty name");
            }
            if (labels.contains(label)) {
                throw in.error("locus " + name + ": allele " + label + " is listed twice");
            }
            labels.add(label);
            freqs[a] = in.number("the frequency of allele " + label + " of locus " + name);
            if (!(freqs[a] >= 0 && freqs[a] <= 1)) {
                throw in.error("locus " + name + ", allele " + label + ": frequency must be in [0, 1], found "
                        + freqs[a]);
            }
        }
        return new FamiliasLocus(name, new FamiliasMutation(modelF, rateF, rate2F, rangeF),
                new FamiliasMutation(modelM, rateM, rate2M, rangeM), labels, freqs, (int) size, dropout, maf, line);
    }

    private double rate(String what) {
        double r = in.number(what);
        if (!(r >= 0 && r <= 1)) {
            throw in.error("expected " + what + ", a number in [0, 1], found " + r);
        }
        return r;
    }

    private double range(String what) {
        double r = in.number(what);
        if (!(r >= 0) || Double.isInfinite(r)) {
            throw in.error("expected " + what + ", a number >= 0, found " + r);
        }
        return r;
    }

    private FamiliasModel model(String sex, String locus) {
        String what = "the " + sex + " mutation model of locus " + locus + " (a code 0-4)";
        int code = in.integer(what);
        if (code < 0 || code > 4) {
            throw in.error("expected " + what + ", found " + code);
        }
        return FamiliasModel.ofCode(code);
    }

    private double optional(Pattern p, String text, String what) {
        Matcher m = p.matcher(text);
        return m.find() ? in.parseNumber(m.group(1), what) : 0;
    }
}
