package org.homecoming.programme.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;
import org.homecoming.kinship.io.FrequencyTableReader;
import org.homecoming.kinship.io.InputFormatException;
import org.homecoming.kinship.lineage.LineageReference;
import org.homecoming.kinship.lineage.LineageValue;
import org.homecoming.kinship.lineage.MitoProfile;
import org.homecoming.kinship.lineage.YHaplotype;
import org.homecoming.kinship.locus.FrequencyDatabase;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.mutation.MutationSpec;
import org.homecoming.kinship.pedigree.Sex;
import org.homecoming.kinship.search.RemainsProfile;
import org.homecoming.kinship.search.SearchFamily;
import org.homecoming.programme.ProgrammeFile;
import org.homecoming.programme.Truth;
import org.homecoming.programme.search.FamilyRecords;
import org.homecoming.programme.search.SearchMapping;

/**
 * Reads a programme directory (docs/formats.md) into the types of the DNA search: families become
 * pedigrees with their typed references and missing person, remains become profiles.
 *
 * <pre>{@code
 * Programme p = ProgrammeReader.read(dir, ProgrammeReader.Settings.defaults().withMutation(MutationSpec.proportional(0.001)));
 * }</pre>
 *
 * <p>The rows are checked here and mapped to the engine by {@link SearchMapping}, the mapping the
 * server's search uses too: the missing person's parents are the family's {@code FATHER} and {@code
 * MOTHER} rows (both or neither, checked), since {@code missing_persons.csv} has no parent columns. A
 * row whose id is another missing person places that person in the family's pedigree (brothers lost
 * in the same war); the family then gives one {@link SearchFamily} per missing person, the others
 * untyped in the same pedigree. Loci are those of {@code manifest.properties} when present, else every
 * locus of the frequency table that a profile uses; alleles absent from the table get {@link
 * SearchMapping#MINIMUM_FREQUENCY}. Remains with any
 * {@code DEGRADED} call are scored with the settings' dropout probability. Bad input throws
 * {@link InputFormatException} ({@code FILE:LINE: FIELD: problem}).
 */
public final class ProgrammeReader {

    /**
     * @param mutation the mutation model put on every locus (both sexes)
     * @param degradedDropout dropout probability of remains with a {@code DEGRADED} call
     */
    public record Settings(MutationSpec mutation, double degradedDropout) {

        public Settings {
            Objects.requireNonNull(mutation, "mutation");
            if (!(degradedDropout >= 0 && degradedDropout < 1)) {
                throw new IllegalArgumentException("degraded dropout must be in [0, 1): " + degradedDropout);
            }
        }

        /** No mutation, no dropout. */
        public static Settings defaults() {
            return new Settings(MutationSpec.none(), 0);
        }

        public Settings withMutation(MutationSpec m) {
            return new Settings(m, degradedDropout);
        }

        public Settings withDegradedDropout(double d) {
            return new Settings(mutation, d);
        }
    }


    private ProgrammeReader() {
    }

    public static Programme read(Path dir, Settings settings) {
        if (!Files.isRegularFile(dir.resolve(ProgrammeFile.FREQUENCIES))) {
            throw new InputFormatException("frequencies.txt", 0, "file is missing from the programme directory");
        }
        FrequencyDatabase db = FrequencyTableReader.read(dir.resolve(ProgrammeFile.FREQUENCIES));
        Map<String, Sex> missingSex = readMissing(dir);
        Map<String, Family> families = readMembers(dir, missingSex);
        List<String> remainsIds = new ArrayList<>();
        CsvTable.read(dir, ProgrammeFile.REMAINS, row -> {
            remainsIds.add(row.required("id"));
        });
        Set<String> remainsSet = new HashSet<>(remainsIds);
        Map<String, String> memberFamily = new HashMap<>();
        families.forEach((id, f) -> f.members.keySet().forEach(m -> memberFamily.put(m, id)));
        Map<String, String> placedMissing = new HashMap<>();
        families.forEach((id, f) -> f.placed.forEach(m -> placedMissing.put(m, id)));
        Subjects subjects = new Subjects(remainsSet, memberFamily.keySet(), placedMissing);
        Profiles profiles = readProfiles(dir, db, subjects);
        List<Locus> loci = SearchMapping.loci(db, manifestLoci(dir, db), profiles.calls.values(), settings.mutation());
        List<SearchFamily> searchFamilies = new ArrayList<>();
        int untyped = 0;
        for (Family f : families.values()) {
            FamilyRecords records = f.records(profiles.calls);
            if (SearchMapping.references(records, loci).persons().isEmpty()) {
                untyped++;
            } else {
                f.allMissing().forEach(m -> searchFamilies.add(family(records, m, loci)));
            }
        }
        List<RemainsProfile> remains = new ArrayList<>();
        for (String id : remainsIds) {
            RemainsProfile r = SearchMapping.remains(id, profiles.calls.getOrDefault(id, Map.of()), profiles.degraded.contains(id),
                    loci, settings.degradedDropout());
            if (!r.genotypes().isEmpty()) {
                remains.add(r);
            }
        }
        Map<String, LineageProfile> lineage = readLineage(dir, subjects);
        Map<String, Truth> truth = Files.exists(dir.resolve(ProgrammeFile.TRUTH.fileName())) ? readTruth(dir) : Map.of();
        Optional<LineageReference> lineageReference = readLineageReference(dir);
        return new Programme(loci, searchFamilies, remains, lineage, lineageReference, truth, untyped);
    }

    /** The family searched for {@code missing}; a pedigree the engine refuses is an input error of the family. */
    private static SearchFamily family(FamilyRecords records, String missing, List<Locus> loci) {
        try {
            return SearchMapping.family(records, missing, loci);
        } catch (IllegalArgumentException e) {
            throw new InputFormatException(ProgrammeFile.FAMILY_MEMBERS.fileName(), 0, "family " + records.familyId() + ": "
                    + e.getMessage());
        }
    }

    private static Map<String, Sex> readMissing(Path dir) {
        Map<String, Sex> sexes = new LinkedHashMap<>();
        CsvTable.read(dir, ProgrammeFile.MISSING_PERSONS, row -> {
            String id = row.required("id");
            if (sexes.put(id, sex(row, "sex")) != null) {
                throw row.error("id", "duplicate id '" + id + "'");
            }
        });
        return sexes;
    }

    private static Map<String, Family> readMembers(Path dir, Map<String, Sex> missingSex) {
        Map<String, Family> families = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        Map<String, String> familyOfMissing = new HashMap<>();
        List<CsvTable.Row> rows = new ArrayList<>();
        CsvTable.read(dir, ProgrammeFile.FAMILY_MEMBERS, row -> {
            String id = row.required("id");
            String mp = row.required("missing_person_id");
            if (!ids.add(id) || id.equals(mp)) {
                throw row.error("id", "duplicate id '" + id + "'");
            }
            if (!missingSex.containsKey(mp)) {
                throw row.error("missing_person_id", "unknown missing person '" + mp + "'");
            }
            Family f = families.computeIfAbsent(row.required("family_id"), k -> new Family(k, mp, missingSex.get(mp)));
            if (!f.missing.equals(mp)) {
                throw row.error("missing_person_id", "family " + f.id + " already has missing person '" + f.missing + "'");
            }
            placeMissing(familyOfMissing, mp, f.id, row, "missing_person_id");
            Sex sex = sex(row, "sex");
            if (missingSex.containsKey(id)) {
                checkPlacedMissing(row, sex, missingSex.get(id));
                placeMissing(familyOfMissing, id, f.id, row, "id");
                f.placed.add(id);
            }
            f.add(row, sex);
            rows.add(row);
        });
        for (CsvTable.Row row : rows) {
            Family f = families.get(row.get("family_id"));
            f.checkParents(row);
        }
        return families;
    }

    /** Records that {@code missing} is in family {@code family}; a missing person belongs to one family at most. */
    private static void placeMissing(Map<String, String> familyOfMissing, String missing, String family, CsvTable.Row row,
            String column) {
        String other = familyOfMissing.putIfAbsent(missing, family);
        if (other != null && !other.equals(family)) {
            throw row.error(column, "missing person '" + missing + "' is already in family " + other);
        }
    }

    /** A row placing a further missing person: a dead, never sampled person of the sex the register gives. */
    private static void checkPlacedMissing(CsvTable.Row row, Sex sex, Sex registered) {
        String id = row.get("id");
        if (sex != registered) {
            throw row.error("sex", "missing person '" + id + "' has sex " + (registered == Sex.MALE ? "M" : "F")
                    + " in missing_persons.csv");
        }
        for (String column : List.of("living", "consent_dna", "consent_share")) {
            if (!row.get(column).equals("false")) {
                throw row.error(column, "must be false on the row of missing person '" + id + "'");
            }
        }
    }

    private static Sex sex(CsvTable.Row row, String column) {
        return switch (row.required(column)) {
            case "M" -> Sex.MALE;
            case "F" -> Sex.FEMALE;
            default -> throw row.error(column, "expected M or F: '" + row.get(column) + "'");
        };
    }

    /** Calls per subject and locus (first sample wins) and the remains with a degraded call. */
    private record Profiles(Map<String, Map<String, Genotype>> calls, Set<String> degraded) {
    }

    /**
     * Who a profile or haplotype row may belong to: remains, family members, and not the missing
     * persons placed as rows of a family (missing person → family).
     */
    private record Subjects(Set<String> remains, Set<String> members, Map<String, String> placedMissing) {
    }

    private static Profiles readProfiles(Path dir, FrequencyDatabase db, Subjects subjects) {
        Map<String, Map<String, Genotype>> calls = new HashMap<>();
        Set<String> degraded = new HashSet<>();
        Set<String> tableLoci = new HashSet<>(db.locusNames());
        CsvTable.read(dir, ProgrammeFile.PROFILES, row -> {
            String subject = subject(row, subjects);
            String locus = row.required("locus");
            if (!tableLoci.contains(locus)) {
                throw row.error("locus", "not in frequencies.txt: '" + locus + "'");
            }
            String quality = row.required("quality");
            if (!quality.equals("OK") && !quality.equals("DEGRADED")) {
                throw row.error("quality", "expected OK or DEGRADED: '" + quality + "'");
            }
            Genotype g = Genotype.of(row.required("allele1"), row.required("allele2"));
            calls.computeIfAbsent(subject, k -> new LinkedHashMap<>()).putIfAbsent(locus, g);
            if (quality.equals("DEGRADED") && row.get("subject_type").equals("REMAINS")) {
                degraded.add(subject);
            }
        });
        return new Profiles(calls, degraded);
    }

    private static String subject(CsvTable.Row row, Subjects subjects) {
        String type = row.required("subject_type");
        String id = row.required("subject_id");
        switch (type) {
            case "REMAINS" -> {
                if (!subjects.remains().contains(id)) {
                    throw row.error("subject_id", "unknown remains '" + id + "'");
                }
            }
            case "FAMILY_MEMBER" -> {
                if (subjects.placedMissing().containsKey(id)) {
                    throw row.error("subject_id", "'" + id + "' is a missing person of family "
                            + subjects.placedMissing().get(id) + ", not a reference: it has no profile");
                }
                if (!subjects.members().contains(id)) {
                    throw row.error("subject_id", "unknown family member '" + id + "'");
                }
            }
            default -> throw row.error("subject_type", "expected REMAINS or FAMILY_MEMBER: '" + type + "'");
        }
        return id;
    }

    /** The loci named by {@code manifest.properties}, when the directory has one that names any. */
    private static List<String> manifestLoci(Path dir, FrequencyDatabase db) {
        List<String> names = new ArrayList<>();
        Path manifest = dir.resolve(ProgrammeFile.MANIFEST);
        if (Files.exists(manifest)) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (CharacterCodingException e) {
                throw new InputFormatException("manifest.properties", 0, "not UTF-8 text");
            } catch (IllegalArgumentException e) {
                throw new InputFormatException("manifest.properties", 0, "not a properties file: " + e.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + manifest + ": " + e.getMessage(), e);
            }
            for (String name : p.getProperty("loci", "").split(",")) {
                if (!name.isBlank()) {
                    if (db.find(name.strip()).isEmpty()) {
                        throw new InputFormatException("manifest.properties", 0, "loci: not in frequencies.txt: '" + name.strip() + "'");
                    }
                    names.add(name.strip());
                }
            }
        }
        return names;
    }

    private static Map<String, LineageProfile> readLineage(Path dir, Subjects subjects) {
        Map<String, LineageProfile> out = new LinkedHashMap<>();
        if (!Files.exists(dir.resolve(ProgrammeFile.LINEAGE.fileName()))) {
            return out;
        }
        CsvTable.read(dir, ProgrammeFile.LINEAGE, row -> {
            String subject = subject(row, subjects);
            LineageProfile p = out.getOrDefault(subject, LineageProfile.empty());
            String marker = row.required("marker_type");
            String value = row.required("value");
            p = switch (marker) {
                case "YSTR" -> p.withY(lineageValue(row, () -> LineageValue.y(value)));
                case "MTDNA" -> p.withMito(lineageValue(row, () -> LineageValue.mito(value)));
                default -> throw row.error("marker_type", "expected YSTR or MTDNA: '" + marker + "'");
            };
            out.put(subject, p);
        });
        return out;
    }

    /** {@code lineage_reference.csv} when the directory has one: the population set lineage frequencies are counted in. */
    private static Optional<LineageReference> readLineageReference(Path dir) {
        if (!Files.exists(dir.resolve(ProgrammeFile.LINEAGE_REFERENCE.fileName()))) {
            return Optional.empty();
        }
        List<YHaplotype> y = new ArrayList<>();
        List<MitoProfile> mito = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        CsvTable.read(dir, ProgrammeFile.LINEAGE_REFERENCE, row -> {
            String sample = row.required("sample_id");
            String marker = row.required("marker_type");
            String value = row.required("value");
            switch (marker) {
                case "YSTR" -> y.add(lineageValue(row, () -> LineageValue.y(value)));
                case "MTDNA" -> mito.add(lineageValue(row, () -> LineageValue.mito(value)));
                default -> throw row.error("marker_type", "expected YSTR or MTDNA: '" + marker + "'");
            }
            if (!seen.add(sample + "\u0000" + marker)) {
                throw row.error("marker_type", marker + " given twice for sample '" + sample + "'");
            }
        });
        return Optional.of(new LineageReference(y, mito));
    }

    private static <T> T lineageValue(CsvTable.Row row, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw row.error("value", e.getMessage());
        }
    }

    private static Map<String, Truth> readTruth(Path dir) {
        Map<String, Truth> out = new LinkedHashMap<>();
        CsvTable.read(dir, ProgrammeFile.TRUTH, row -> {
            int typed;
            try {
                typed = Integer.parseInt(row.required("typed_references"));
            } catch (NumberFormatException e) {
                throw row.error("typed_references", "not an integer: '" + row.get("typed_references") + "'");
            }
            String id = row.required("remains_id");
            out.put(id, new Truth(id, row.get("missing_person_id"), row.get("family_id"), typed));
        });
        return out;
    }

    /** One family as read: its members with parents, before the pedigree is built. */
    private static final class Family {
        final String id;
        final String missing;
        final Sex missingSex;
        final Map<String, String[]> members = new LinkedHashMap<>();
        final Map<String, Sex> sexes = new HashMap<>();
        final Map<String, String> relationships = new HashMap<>();
        /** The other missing persons placed as rows, in file order. */
        final List<String> placed = new ArrayList<>();
        String father;
        String mother;

        Family(String id, String missing, Sex missingSex) {
            this.id = id;
            this.missing = missing;
            this.missingSex = missingSex;
        }

        void add(CsvTable.Row row, Sex sex) {
            String fa = row.get("father_id");
            String mo = row.get("mother_id");
            if (fa.isEmpty() != mo.isEmpty()) {
                throw row.error(fa.isEmpty() ? "father_id" : "mother_id", "give both father_id and mother_id or neither");
            }
            String id = row.get("id");
            members.put(id, new String[] {fa.isEmpty() ? null : fa, mo.isEmpty() ? null : mo});
            sexes.put(id, sex);
            String rel = row.required("relationship");
            relationships.put(id, rel);
            if (rel.equals("FATHER") || rel.equals("MOTHER")) {
                if ((rel.equals("FATHER") ? father : mother) != null) {
                    throw row.error("relationship", "family " + this.id + " has a second " + rel);
                }
                if (rel.equals("FATHER")) {
                    father = id;
                } else {
                    mother = id;
                }
            }
        }

        void checkParents(CsvTable.Row row) {
            String[] parents = members.get(row.get("id"));
            for (int i = 0; i < 2; i++) {
                String p = parents[i];
                String column = i == 0 ? "father_id" : "mother_id";
                if (p != null && !p.equals(missing) && !members.containsKey(p)) {
                    throw row.error(column, "unknown person '" + p + "'");
                }
                Sex s = p == null ? null : p.equals(missing) ? missingSex : sexes.get(p);
                if (s != null && s != (i == 0 ? Sex.MALE : Sex.FEMALE)) {
                    throw row.error(column, (i == 0 ? "father" : "mother") + " '" + p + "' has sex " + s);
                }
            }
            if ((father == null) != (mother == null) && row.get("id").equals(father == null ? mother : father)) {
                throw row.error("relationship", "family " + id + " has a " + (father == null ? "MOTHER" : "FATHER")
                        + " but no " + (father == null ? "FATHER" : "MOTHER"));
            }
        }

        /** The family's own missing person, then those placed as rows. */
        List<String> allMissing() {
            List<String> all = new ArrayList<>(List.of(missing));
            all.addAll(placed);
            return all;
        }

        /** The family as the shared mapping takes it, with the calls of its rows. */
        FamilyRecords records(Map<String, Map<String, Genotype>> calls) {
            List<FamilyRecords.Member> rows = new ArrayList<>();
            members.forEach((id, p) -> rows.add(new FamilyRecords.Member(id, sexes.get(id), relationships.get(id), p[0], p[1])));
            Map<String, Map<String, Genotype>> typed = new LinkedHashMap<>();
            members.keySet().forEach(m -> Optional.ofNullable(calls.get(m)).ifPresent(c -> typed.put(m, c)));
            return new FamilyRecords(id, missing, missingSex, rows, typed);
        }
    }
}
