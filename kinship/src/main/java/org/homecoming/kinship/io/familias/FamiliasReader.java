package org.homecoming.kinship.io.familias;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.homecoming.kinship.io.InputFormatException;
import org.homecoming.kinship.pedigree.Sex;

/**
 * Reads Familias {@code .fam} files (versions 2.x–3.x, case and DVI files) into a {@link FamiliasFile}
 * that keeps everything as written; a malformed file throws {@link InputFormatException} naming the line
 * and what was expected there.
 *
 * <p>{@code FamiliasFile f = FamiliasReader.read(Path.of("paternity.fam"));}
 *
 * <p>The layout is documented in docs/familias.md. Not supported, and reported as errors: silent
 * alleles, twins ("Direct" relations) and files that store precomputed probabilities. The sections
 * after the database other than {@code [DVI]} ({@code [Prior]}, {@code [Advanced]}) are skipped. Text
 * is read as UTF-8, or as Windows-1252 (what Familias writes on Windows) when it is not valid UTF-8.
 */
public final class FamiliasReader {

    /** The most extra (untyped) persons a pedigree may add; Familias cases use a handful. */
    static final int MAX_EXTRAS = 10_000;

    private final FamiliasLines in;

    private FamiliasReader(FamiliasLines in) {
        this.in = in;
    }

    public static FamiliasFile read(Path path) {
        try (InputStream s = Files.newInputStream(path)) {
            return read(s, path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** Reads a file from a stream; {@code fileName} is used in error messages. */
    public static FamiliasFile read(InputStream s, String fileName) {
        try {
            return parse(fileName, decode(s.readAllBytes()).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName + ": " + e.getMessage(), e);
        }
    }

    /** Parses the lines of a {@code .fam} file. */
    public static FamiliasFile parse(String fileName, List<String> lines) {
        return new FamiliasReader(new FamiliasLines(fileName, lines)).file(lines);
    }

    private FamiliasFile file(List<String> lines) {
        String version = header();
        List<RawPerson> raw = persons();
        List<String> names = new ArrayList<>(raw.stream().map(p -> p.name).toList());
        checkUnique(raw);
        in.literal("Known relations");
        FamiliasPedigree known = pedigreeBody("Known relations", in.line(), names, "extra_");
        List<FamiliasPedigree> pedigrees = pedigrees(names, known.extras().size());
        FamiliasDatabase db = new FamiliasDatabaseReader(in).database();
        List<FamiliasPerson> persons = new ArrayList<>();
        for (RawPerson p : raw) {
            persons.add(p.resolve(db, in));
        }
        Optional<FamiliasDvi> dvi = Optional.empty();
        int start = lines.indexOf("[DVI]");
        if (start < 0) {
            start = indexOfStripped(lines, "[DVI]");
        }
        if (start >= 0) {
            dvi = Optional.of(new FamiliasDviReader(in.file(), lines, start).dvi());
        }
        return new FamiliasFile(in.file(), version, persons, known, pedigrees, db, dvi);
    }

    private String header() {
        String first = in.next("the Familias header");
        if (!first.replace("\uFEFF", "").startsWith("\"Output from Familias")) {
            throw in.error("expected the Familias header \"Output from Familias, version ...\", found '"
                    + first + "'");
        }
        in.next("the line \"DO NOT EDIT!\"");
        String version = in.next("the Familias version");
        if (version.isEmpty()) {
            throw in.error("expected the Familias version, found an empty line");
        }
        // Versions from 2.x on write a quoted (usually empty) case description before the persons.
        if (in.peek().startsWith("\"")) {
            in.text("the case description");
        }
        return version;
    }

    private List<RawPerson> persons() {
        int n = in.countOfLines("a number of persons");
        List<RawPerson> persons = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            int line = in.line() + 1;
            String name = in.text("the name of person " + i);
            in.flag("a flag of person '" + name + "'");
            String ageLine = in.next("the age of person '" + name + "'");
            boolean dropout = ageLine.contains("(Consider dropouts)");
            int age = in.parseInt(ageLine.replace("(Consider dropouts)", ""),
                    "the age of person '" + name + "' (a whole number, -1 when not given)");
            in.flag("a flag of person '" + name + "'");
            boolean male = in.flag("the sex of person '" + name + "' (#TRUE# for male)");
            int k = in.count("the number of genotypes of person '" + name + "'");
            List<int[]> genotypes = new ArrayList<>();
            for (int j = 1; j <= k; j++) {
                String what = "genotype " + j + " of person '" + name + "'";
                int a1 = in.integer("the index of the first allele of " + what);
                int a2 = in.integer("the index of the second allele of " + what);
                int m = in.integer("the locus index of " + what);
                genotypes.add(new int[] {a1, a2, m, in.line()});
            }
            persons.add(new RawPerson(name, male ? Sex.MALE : Sex.FEMALE, age, dropout, genotypes, line));
        }
        return persons;
    }

    private void checkUnique(List<RawPerson> persons) {
        for (int i = 0; i < persons.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (persons.get(i).name.equals(persons.get(j).name)) {
                    throw in.errorAt(persons.get(i).line, "person name '" + persons.get(i).name
                            + "' is used twice (first at line " + persons.get(j).line + ")");
                }
            }
        }
    }

    private List<FamiliasPedigree> pedigrees(List<String> names, int knownExtras) {
        int n = in.countOfLines("a number of pedigrees");
        FamiliasPedigree[] byIndex = new FamiliasPedigree[n];
        for (int i = 1; i <= n; i++) {
            int line = in.line() + 1;
            int index = in.integer("the number of pedigree " + i + " (0-based)");
            if (index < 0 || index >= n || byIndex[index] != null) {
                throw in.error("expected the number of pedigree " + i + ", a distinct number from 0 to "
                        + (n - 1) + ", found " + index);
            }
            String name = in.text("the name of pedigree " + i);
            List<String> local = new ArrayList<>(names);
            for (int e = 0; e < knownExtras; e++) {
                local.add("extra_" + (e + 1));
            }
            FamiliasPedigree p = pedigreeBody(name, line, local, "extra_ped" + (index + 1) + "_");
            for (FamiliasPedigree q : byIndex) {
                if (q != null && q.name().equals(name)) {
                    throw in.errorAt(line + 1, "pedigree name '" + name + "' is used twice (first at line "
                            + q.line() + ")");
                }
            }
            byIndex[index] = p;
        }
        return Arrays.asList(byIndex);
    }

    /**
     * Reads the extras and the relations of a pedigree; {@code names} are the persons the relations'
     * 0-based indices refer to, which the extras extend.
     */
    private FamiliasPedigree pedigreeBody(String name, int line, List<String> names, String extraPrefix) {
        int females = in.countAtMost("the number of extra females of '" + name + "'", MAX_EXTRAS);
        int males = in.countAtMost("the number of extra males of '" + name + "'", MAX_EXTRAS - females);
        List<FamiliasPerson> extras = new ArrayList<>();
        List<String> all = new ArrayList<>(names);
        for (int e = 1; e <= females + males; e++) {
            String id = extraPrefix + e;
            extras.add(FamiliasPerson.untyped(id, e <= females ? Sex.FEMALE : Sex.MALE));
            all.add(id);
        }
        int k = in.count("the number of relations of '" + name + "'");
        List<FamiliasRelation> relations = new ArrayList<>();
        for (int r = 1; r <= k; r++) {
            String parentLine = in.next("the parent of relation " + r + " of '" + name + "'");
            if (parentLine.contains("Direct")) {
                throw in.error("twins (a \"Direct\" relation) are not supported, in '" + name + "'");
            }
            String parent = person(all, parentLine, "the parent of relation " + r + " of '" + name + "'");
            String child = person(all, in.next("the child of relation " + r), "the child of relation " + r
                    + " of '" + name + "'");
            relations.add(new FamiliasRelation(parent, child));
        }
        return new FamiliasPedigree(name, extras, relations, line);
    }

    private String person(List<String> names, String s, String expected) {
        int i = in.parseInt(s, expected + " (a person number)");
        if (i < 0 || i >= names.size()) {
            throw in.error("expected " + expected + ", a person number from 0 to " + (names.size() - 1)
                    + ", found " + i);
        }
        return names.get(i);
    }

    private static int indexOfStripped(List<String> lines, String s) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(s)) {
                return i;
            }
        }
        return -1;
    }

    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString().replace("\uFEFF", "");
        } catch (CharacterCodingException e) {
            Charset cp1252 = Charset.isSupported("windows-1252") ? Charset.forName("windows-1252")
                    : StandardCharsets.ISO_8859_1;
            return new String(bytes, cp1252);
        }
    }

    /** A person of the main part before the database is known: genotypes as index triples. */
    private record RawPerson(String name, Sex sex, int age, boolean considerDropout, List<int[]> genotypes,
            int line) {

        FamiliasPerson resolve(FamiliasDatabase db, FamiliasLines in) {
            List<FamiliasGenotype> resolved = new ArrayList<>();
            List<String> seen = new ArrayList<>();
            for (int[] g : genotypes) {
                int line = g[3];
                if (g[2] < 0 || g[2] >= db.loci().size()) {
                    throw in.errorAt(line, "person '" + name + "': locus index " + g[2]
                            + " is not in the database (" + db.loci().size() + " loci, indices 0 to "
                            + (db.loci().size() - 1) + ")");
                }
                FamiliasLocus locus = db.loci().get(g[2]);
                if (seen.contains(locus.name())) {
                    throw in.errorAt(line, "person '" + name + "' has two genotypes at locus " + locus.name());
                }
                seen.add(locus.name());
                resolved.add(new FamiliasGenotype(locus.name(), allele(locus, g[0], line - 2, in),
                        allele(locus, g[1], line - 1, in)));
            }
            return new FamiliasPerson(name, sex, age, considerDropout, resolved, this.line);
        }

        private String allele(FamiliasLocus locus, int index, int line, FamiliasLines in) {
            if (index < 0 || index >= locus.alleles().size()) {
                throw in.errorAt(line, "person '" + name + "': allele index " + index + " is not an allele of locus "
                        + locus.name() + " (" + locus.alleles().size() + " alleles, indices 0 to "
                        + (locus.alleles().size() - 1) + ")");
            }
            return locus.alleles().get(index);
        }
    }
}
