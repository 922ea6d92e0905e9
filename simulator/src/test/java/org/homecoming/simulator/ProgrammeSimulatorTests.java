package org.homecoming.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.homecoming.kinship.io.FrequencyTableReader;
import org.homecoming.kinship.lineage.LineageReference;
import org.homecoming.kinship.lineage.YHaplotype;
import org.homecoming.kinship.locus.FrequencyDatabase;
import org.homecoming.kinship.search.SearchFamily;
import org.homecoming.programme.PartialDate;
import org.homecoming.programme.ProgrammeFile;
import org.homecoming.programme.ProgrammeRows;
import org.homecoming.programme.io.Programme;
import org.homecoming.programme.io.ProgrammeReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgrammeSimulatorTests {

    /** The programme's CSV files and their columns, by file name. */
    private static final Map<String, List<String>> HEADERS = ProgrammeFile.records().stream()
            .collect(java.util.stream.Collectors.toMap(ProgrammeFile::fileName, ProgrammeFile::columns, (a, b) -> a,
                    java.util.LinkedHashMap::new));

    @TempDir
    static Path tmp;
    static Path programme;

    @BeforeAll
    static void simulateOnce() {
        programme = tmp.resolve("p");
        ProgrammeSimulator.simulate(SimulationSpec.of(400, 150, 11), programme);
    }

    @Nested
    class Determinism {

        @Test
        void sameSeedGivesByteIdenticalFiles() throws IOException {
            Path again = tmp.resolve("again");
            ProgrammeSimulator.simulate(SimulationSpec.of(400, 150, 11), again);
            for (String f : fileNames()) {
                assertThat(Files.readAllBytes(again.resolve(f))).as(f).isEqualTo(Files.readAllBytes(programme.resolve(f)));
            }
        }

        @Test
        void anotherSeedGivesOtherPeople() {
            Path other = tmp.resolve("other");
            ProgrammeSimulator.simulate(SimulationSpec.of(400, 150, 12), other);
            assertThat(Csv.read(other.resolve(ProgrammeFile.MISSING_PERSONS.fileName())))
                    .isNotEqualTo(Csv.read(programme.resolve(ProgrammeFile.MISSING_PERSONS.fileName())));
        }
    }

    @Nested
    class Formats {

        @Test
        void everyCsvHeaderIsTheOneDocumentedInFormatsMd() throws IOException {
            Map<String, List<String>> documented = documentedColumns();
            assertThat(documented.keySet()).containsAll(HEADERS.keySet());
            for (Map.Entry<String, List<String>> e : HEADERS.entrySet()) {
                assertThat(e.getValue()).as(e.getKey()).isEqualTo(documented.get(e.getKey()));
                assertThat(Csv.header(programme.resolve(e.getKey()))).as(e.getKey()).isEqualTo(e.getValue());
            }
            assertThat(documented.get(ProgrammeFile.LINEAGE_REFERENCE.fileName()))
                    .isEqualTo(ProgrammeFile.LINEAGE_REFERENCE.columns());
            assertThat(Csv.header(programme.resolve(ProgrammeFile.LINEAGE_REFERENCE.fileName())))
                    .isEqualTo(ProgrammeFile.LINEAGE_REFERENCE.columns());
        }

        @Test
        void allTextIsNfcAndEveryRowHasTheHeadersFieldCount() {
            for (String f : HEADERS.keySet()) {
                String text = Csv.read(programme.resolve(f));
                assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as(f).isTrue();
                assertThat(Csv.rows(programme.resolve(f))).as(f).isNotEmpty();
            }
        }

        @Test
        void datesArePartialIsoDatesAndEnumerationsAreDocumentedValues() {
            for (Map<String, String> p : Csv.rows(programme.resolve(ProgrammeFile.MISSING_PERSONS.fileName()))) {
                PartialDate birth = PartialDate.parse(p.get("birth_date"));
                PartialDate loss = PartialDate.parse(p.get("loss_date"));
                assertThat(birth.year()).isBetween(1935, 1957);
                assertThat(loss.year()).isBetween(1965, 1975).isGreaterThan(birth.year());
                assertThat(p.get("side")).isIn("VN", "US");
                assertThat(p.get("sex")).isIn("M", "F");
                assertThat(p.get("status")).isEqualTo("MISSING");
                double lat = Double.parseDouble(p.get("loss_lat"));
                double lon = Double.parseDouble(p.get("loss_lon"));
                assertThat(lat).as("latitude inside Vietnam's bounding box").isBetween(8.4, 23.4);
                assertThat(lon).as("longitude inside Vietnam's bounding box").isBetween(102.1, 109.5);
            }
            for (Map<String, String> r : Csv.rows(programme.resolve(ProgrammeFile.REMAINS.fileName()))) {
                assertThat(r.get("sex_estimate")).isIn("M", "F", "U");
                assertThat(r.get("condition")).isIn("GOOD", "FAIR", "POOR", "FRAGMENTARY");
                assertThat(r.get("status")).isIn("SAMPLED", "PROFILED");
                assertThat(Integer.parseInt(r.get("age_min"))).isLessThanOrEqualTo(Integer.parseInt(r.get("age_max")));
            }
            for (Map<String, String> s : Csv.rows(programme.resolve(ProgrammeFile.SITES.fileName()))) {
                assertThat(s.get("kind")).isIn("GRAVE", "CEMETERY", "CRASH_SITE", "BATTLE_SITE");
                assertThat(s.get("wkt")).satisfiesAnyOf(w -> assertThat(w).isEmpty(),
                        w -> assertThat(w).startsWith("POLYGON (("));
            }
        }

        @Test
        void frequenciesFileHoldsTheKitsLociInKitOrderAndManifestCountsRows() throws IOException {
            FrequencyDatabase db = FrequencyTableReader.read(programme.resolve(ProgrammeFile.FREQUENCIES));
            assertThat(db.locusNames()).hasSize(23).startsWith("CSF1PO", "FGA").endsWith("SE33", "Penta E", "Penta D");
            String manifest = Csv.read(programme.resolve(ProgrammeFile.MANIFEST));
            assertThat(manifest).contains("seed=11\n", "missing=400\n", "remains=150\n", "kit=PPF6C\n");
            for (String f : HEADERS.keySet()) {
                assertThat(manifest).contains("rows." + f + "=" + Csv.rows(programme.resolve(f)).size() + "\n");
            }
            assertThat(manifest).contains("rows.lineage_reference.csv=4000\n", "lineage.reference=2000\n",
                    "ystr.kit=PowerPlex Y23\n", "ystr.mutation.rate.total=0.082607\n", "mtdna.mutation.rate=0.030303\n");
            assertThat(Csv.read(programme.resolve(ProgrammeFile.README)))
                    .contains("--missing 400 --remains 150 --seed 11");
        }
    }

    @Nested
    class Families {

        @Test
        void everyFamilyMemberIsLinkedToTheMissingPersonThroughRealPeople() {
            List<Map<String, String>> members = Csv.rows(programme.resolve(ProgrammeFile.FAMILY_MEMBERS.fileName()));
            Map<String, List<Map<String, String>>> byFamily = members.stream()
                    .collect(Collectors.groupingBy(m -> m.get("family_id"), LinkedHashMap::new, Collectors.toList()));
            // 400 missing persons, about one Vietnamese family in twenty holding two of them
            assertThat(byFamily).hasSizeGreaterThan(280);
            for (List<Map<String, String>> family : byFamily.values()) {
                String mp = family.get(0).get("missing_person_id");
                assertThat(reachableFrom(mp, family)).as("family of " + mp)
                        .containsAll(family.stream().map(m -> m.get("id")).toList());
            }
        }

        @Test
        void pedigreeLinksAreValid() {
            List<Map<String, String>> members = Csv.rows(programme.resolve(ProgrammeFile.FAMILY_MEMBERS.fileName()));
            Map<String, Map<String, String>> byId = new HashMap<>();
            members.forEach(m -> byId.put(m.get("id"), m));
            for (Map<String, String> m : members) {
                assertThat(m.get("father_id").isEmpty()).isEqualTo(m.get("mother_id").isEmpty());
                if (!m.get("father_id").isEmpty()) {
                    assertThat(parentSex(m.get("father_id"), m, byId)).isEqualTo("M");
                    assertThat(parentSex(m.get("mother_id"), m, byId)).isEqualTo("F");
                }
                if (m.get("consent_dna").equals("true")) {
                    assertThat(m.get("consent_date")).matches("\\d{4}-\\d{2}-\\d{2}");
                }
            }
        }

        @Test
        void typedReferencesAreMostlySiblingsChildrenNephewsAndNieces() {
            List<Map<String, String>> members = Csv.rows(programme.resolve(ProgrammeFile.FAMILY_MEMBERS.fileName()));
            Set<String> typed = Csv.rows(programme.resolve(ProgrammeFile.PROFILES.fileName())).stream()
                    .filter(c -> c.get("subject_type").equals("FAMILY_MEMBER")).map(c -> c.get("subject_id"))
                    .collect(Collectors.toSet());
            List<String> relationships = members.stream().filter(m -> typed.contains(m.get("id")))
                    .map(m -> m.get("relationship")).toList();
            long close = relationships.stream().filter(r -> Set.of("BROTHER", "SISTER", "SON", "DAUGHTER", "NEPHEW",
                    "NIECE").contains(r)).count();
            assertThat((double) close / relationships.size()).isGreaterThan(0.6);
            assertThat(relationships).doesNotContain("IN_LAW", "SPOUSE", "STEPPARENT");
            Set<String> familiesWithReference = members.stream().filter(m -> typed.contains(m.get("id")))
                    .map(m -> m.get("family_id")).collect(Collectors.toSet());
            assertThat(members).allMatch(m -> familiesWithReference.contains(m.get("family_id")));
            members.stream().filter(m -> typed.contains(m.get("id")))
                    .forEach(m -> assertThat(m.get("consent_dna")).isEqualTo("true"));
        }

        private String parentSex(String id, Map<String, String> child, Map<String, Map<String, String>> byId) {
            if (id.equals(child.get("missing_person_id"))) {
                return missingPersonSex(id);
            }
            Map<String, String> parent = byId.get(id);
            assertThat(parent).as("parent " + id + " of " + child.get("id")).isNotNull();
            assertThat(parent.get("family_id")).isEqualTo(child.get("family_id"));
            return parent.get("sex");
        }

        private String missingPersonSex(String id) {
            return Csv.rows(programme.resolve(ProgrammeFile.MISSING_PERSONS.fileName())).stream()
                    .filter(p -> p.get("id").equals(id)).findFirst().orElseThrow().get("sex");
        }
    }

    @Nested
    class TruthFile {

        @Test
        void everyRemainsHasOneTruthRowPointingAtRealRecords() {
            List<Map<String, String>> truth = Csv.rows(programme.resolve(ProgrammeFile.TRUTH.fileName()));
            Set<String> remains = ids(ProgrammeFile.REMAINS.fileName(), "id");
            Set<String> persons = ids(ProgrammeFile.MISSING_PERSONS.fileName(), "id");
            List<Map<String, String>> members = Csv.rows(programme.resolve(ProgrammeFile.FAMILY_MEMBERS.fileName()));
            Set<String> typed = ids(ProgrammeFile.PROFILES.fileName(), "subject_id");
            assertThat(truth.stream().map(t -> t.get("remains_id")).toList()).containsExactlyInAnyOrderElementsOf(remains);
            Set<String> seen = new HashSet<>();
            int unregistered = 0;
            int withoutFamily = 0;
            for (Map<String, String> t : truth) {
                String mp = t.get("missing_person_id");
                if (mp.isEmpty()) {
                    unregistered++;
                    assertThat(t.get("family_id")).isEmpty();
                    continue;
                }
                assertThat(persons).contains(mp);
                assertThat(seen.add(mp)).as("a person's remains appear once: " + mp).isTrue();
                if (t.get("family_id").isEmpty()) {
                    withoutFamily++;
                    assertThat(members).noneMatch(m -> m.get("missing_person_id").equals(mp) || m.get("id").equals(mp));
                    continue;
                }
                List<Map<String, String>> family = members.stream()
                        .filter(m -> m.get("family_id").equals(t.get("family_id"))).toList();
                String anchor = family.get(0).get("missing_person_id");
                assertThat(family).allMatch(m -> m.get("missing_person_id").equals(anchor));
                assertThat(mp.equals(anchor) || family.stream().anyMatch(m -> m.get("id").equals(mp)))
                        .as("remains of " + mp + " point at a family holding him").isTrue();
                long typedInFamily = family.stream().filter(m -> typed.contains(m.get("id"))).count();
                assertThat(Integer.parseInt(t.get("typed_references"))).isEqualTo(typedInFamily);
            }
            assertThat(unregistered).as("5% of 150 remains are of unregistered persons").isEqualTo(8);
            // 15% of families never come forward, and about 5% more have no one left to give a sample: 142 × 0.2 = 28
            assertThat(withoutFamily).as("about a fifth of registered remains have no family").isBetween(14, 44);
        }

        private Set<String> ids(String file, String column) {
            return Csv.rows(programme.resolve(file)).stream().map(r -> r.get(column)).collect(Collectors.toSet());
        }
    }

    /** Families with two missing brothers (docs/formats.md, "Several missing persons in one family"). */
    @Nested
    class Brothers {

        @Test
        void aboutOneVietnameseFamilyInTwentyHoldsTwoMissingBrothers() {
            Set<String> persons = Csv.rows(programme.resolve(ProgrammeFile.MISSING_PERSONS.fileName())).stream()
                    .map(p -> p.get("id")).collect(Collectors.toSet());
            List<Map<String, String>> placed = Csv.rows(programme.resolve(ProgrammeFile.FAMILY_MEMBERS.fileName())).stream()
                    .filter(m -> persons.contains(m.get("id"))).toList();
            // 400 persons, 97% Vietnamese, 98% of them men, 5% with a brother: about 18 pairs, of which 85% or
            // fewer have a family in the database
            assertThat(placed).hasSizeBetween(5, 30);
            for (Map<String, String> m : placed) {
                assertThat(m.get("relationship")).isEqualTo("BROTHER");
                assertThat(List.of(m.get("sex"), m.get("living"), m.get("consent_dna"), m.get("consent_share")))
                        .containsExactly("M", "false", "false", "false");
            }
        }

        @Test
        void bothBrothersReadBackIntoOneFamilyPedigree() {
            Programme p = ProgrammeReader.read(programme, ProgrammeReader.Settings.defaults());
            Set<String> persons = Csv.rows(programme.resolve(ProgrammeFile.MISSING_PERSONS.fileName())).stream()
                    .map(r -> r.get("id")).collect(Collectors.toSet());
            List<Map<String, String>> placed = Csv.rows(programme.resolve(ProgrammeFile.FAMILY_MEMBERS.fileName())).stream()
                    .filter(m -> persons.contains(m.get("id"))).toList();
            assertThat(placed).isNotEmpty();
            for (Map<String, String> m : placed) {
                SearchFamily anchor = family(p, m.get("missing_person_id"));
                SearchFamily brother = family(p, m.get("id"));
                assertThat(brother.family()).isEqualTo(anchor.family()).isEqualTo(m.get("family_id"));
                assertThat(brother.pedigree()).isEqualTo(anchor.pedigree());
                assertThat(brother.pedigree().fatherOf(m.get("id"))).isEqualTo(anchor.pedigree().fatherOf(anchor.missing()));
            }
            Map<String, String> truth = new HashMap<>();
            Csv.rows(programme.resolve(ProgrammeFile.TRUTH.fileName())).forEach(t -> truth.put(t.get("missing_person_id"), t.get("family_id")));
            long brothersWithRemains = placed.stream().filter(m -> truth.containsKey(m.get("id")))
                    .peek(m -> assertThat(truth.get(m.get("id"))).isEqualTo(m.get("family_id"))).count();
            assertThat(brothersWithRemains).as("some placed brothers have remains, at the share of any victim")
                    .isPositive();
        }

        private SearchFamily family(Programme p, String missing) {
            return p.families().stream().filter(f -> f.missing().equals(missing)).findFirst().orElseThrow();
        }
    }

    @Nested
    class LineageReferenceSet {

        @Test
        void theEngineReadsTwoThousandUnrelatedMenTypedAtEveryLocusNoneOfThemFromTheProgramme() {
            Programme p = ProgrammeReader.read(programme, ProgrammeReader.Settings.defaults());
            LineageReference reference = p.lineageReference().orElseThrow();
            assertThat(reference.y()).hasSize(2000).allMatch(y -> y.loci().size() == 22);
            assertThat(reference.mito()).hasSize(2000).allMatch(m -> m.typed().toString().equals("[16024-576]"));
            Set<String> ids = Csv.rows(programme.resolve(ProgrammeFile.LINEAGE_REFERENCE.fileName())).stream()
                    .map(r -> r.get("sample_id")).collect(Collectors.toSet());
            assertThat(ids).hasSize(2000).allMatch(id -> id.matches("LR-\\d{6}"));
            // full Y23 haplotypes of unrelated men: the programme's own (all typed at most at 22 loci) are not among them
            Set<YHaplotype> programmeY = new HashSet<>();
            p.lineage().values().forEach(l -> l.y().ifPresent(programmeY::add));
            assertThat(programmeY).isNotEmpty();
            long shared = reference.y().stream().filter(programmeY::contains).count();
            assertThat(shared).isLessThan(5);
        }

        @Test
        void sizeZeroWritesNoFileAndRemovesAnEarlierOne() throws IOException {
            Path dir = tmp.resolve("no-reference");
            ProgrammeSimulator.simulate(SimulationSpec.of(20, 5, 1).withLineageReference(10), dir);
            assertThat(Csv.rows(dir.resolve(ProgrammeFile.LINEAGE_REFERENCE.fileName()))).hasSize(20);
            ProgrammeSimulator.simulate(SimulationSpec.of(20, 5, 1).withLineageReference(0), dir);
            assertThat(Files.exists(dir.resolve(ProgrammeFile.LINEAGE_REFERENCE.fileName()))).isFalse();
            assertThat(Csv.read(dir.resolve(ProgrammeFile.MANIFEST))).contains("lineage.reference=0\n")
                    .doesNotContain("rows.lineage_reference.csv");
        }
    }

    @Nested
    class Names {

        @Test
        void surnamesFollowThePopulationDistributionOn5000Persons() {
            Path dir = tmp.resolve("names");
            ProgrammeSimulator.simulate(SimulationSpec.of(5000, 0, 3).withUsShare(0).withFamilyShare(0), dir);
            Map<String, Long> counts = Csv.rows(dir.resolve(ProgrammeFile.MISSING_PERSONS.fileName())).stream()
                    .collect(Collectors.groupingBy(p -> p.get("family_name"), Collectors.counting()));
            // tolerance: about three binomial standard deviations at n = 5000
            assertThat(counts.get("Nguyễn") / 5000.0).isCloseTo(0.38, org.assertj.core.data.Offset.offset(0.021));
            assertThat(counts.get("Trần") / 5000.0).isCloseTo(0.11, org.assertj.core.data.Offset.offset(0.014));
            assertThat(counts.get("Lê") / 5000.0).isCloseTo(0.095, org.assertj.core.data.Offset.offset(0.013));
            assertThat(counts.get("Phạm") / 5000.0).isCloseTo(0.07, org.assertj.core.data.Offset.offset(0.011));
            assertThat((counts.get("Hoàng") + counts.get("Huỳnh")) / 5000.0)
                    .isCloseTo(0.05, org.assertj.core.data.Offset.offset(0.01));
        }

        @Test
        void aliasesAreWithoutDiacriticsOrInForeignOrder() {
            Pattern foreign = Pattern.compile("[A-Z]+, [A-Z .]+");
            for (Map<String, String> p : Csv.rows(programme.resolve(ProgrammeFile.MISSING_PERSONS.fileName()))) {
                for (String alias : p.get("aliases").isEmpty() ? new String[0] : p.get("aliases").split(";")) {
                    assertThat(alias).matches("[A-Za-z ,.]+");
                    Matcher m = foreign.matcher(alias);
                    if (m.matches()) {
                        assertThat(alias).startsWith(org.homecoming.simulator.people.Name
                                .stripDiacritics(p.get("family_name")).toUpperCase() + ", ");
                    }
                }
            }
        }
    }

    /** Breadth-first over parent links, counting FATHER/MOTHER rows as the missing person's parents. */
    static Set<String> reachableFrom(String mp, List<Map<String, String>> family) {
        Map<String, List<String>> edges = new HashMap<>();
        for (Map<String, String> m : family) {
            String id = m.get("id");
            for (String parent : List.of(m.get("father_id"), m.get("mother_id"))) {
                if (!parent.isEmpty()) {
                    link(edges, id, parent);
                }
            }
            if (m.get("relationship").equals("FATHER") || m.get("relationship").equals("MOTHER")) {
                link(edges, id, mp);
            }
        }
        Set<String> seen = new HashSet<>(List.of(mp));
        Deque<String> queue = new ArrayDeque<>(List.of(mp));
        while (!queue.isEmpty()) {
            for (String next : edges.getOrDefault(queue.poll(), List.of())) {
                if (seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return seen;
    }

    private static void link(Map<String, List<String>> edges, String a, String b) {
        edges.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
        edges.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
    }

    static Map<String, List<String>> documentedColumns() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("..", "docs", "formats.md"));
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Pattern section = Pattern.compile("^### `([a-z_]+\\.csv)`.*");
        Pattern row = Pattern.compile("^\\| \\d+ \\| `([a-z_0-9]+)` \\|.*");
        String current = null;
        for (String line : lines) {
            Matcher s = section.matcher(line);
            if (s.matches()) {
                current = s.group(1);
                columns.put(current, new ArrayList<>());
                continue;
            }
            Matcher r = row.matcher(line);
            if (current != null && r.matches()) {
                columns.get(current).add(r.group(1));
            }
        }
        return columns;
    }

    private static List<String> fileNames() {
        List<String> names = new ArrayList<>(HEADERS.keySet());
        names.addAll(List.of(ProgrammeFile.FREQUENCIES, ProgrammeFile.MANIFEST, ProgrammeFile.README,
                ProgrammeFile.LINEAGE_REFERENCE.fileName()));
        return names;
    }
}
