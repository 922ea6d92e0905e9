package org.homecoming.kinship.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.mutation.MutationModel;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.pedigree.Sex;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DatabaseSearchTests {

    private static final Locus L = Locus.of("L", List.of("10", "11", "12", "13"), new double[] {0.1, 0.2, 0.3, 0.4});
    private static final LikelihoodOptions NONE = LikelihoodOptions.defaults();

    private static SearchFamily fatherTyped(String name, Genotype father) {
        Pedigree p = Pedigree.nuclear(name + "-FA", name + "-MO", name + "-MP");
        return new SearchFamily(name, name + "-MP", p, GenotypeTable.builder().put(name + "-FA", "L", father).build());
    }

    private static SearchFamily siblingTyped(String name, Genotype sibling) {
        Pedigree p = Pedigree.nuclear(name + "-FA", name + "-MO", name + "-MP", name + "-S");
        return new SearchFamily(name, name + "-MP", p, GenotypeTable.builder().put(name + "-S", "L", sibling).build());
    }

    private static RemainsProfile remains(String id, String a, String b) {
        return RemainsProfile.of(id, Map.of("L", Genotype.of(a, b)));
    }

    private static SearchResult search(List<SearchFamily> families, List<Locus> loci, List<RemainsProfile> remains, int k) {
        SearchIndex index = SearchIndex.build(families, loci, NONE, 2);
        return DatabaseSearch.run(index, remains, SearchOptions.defaults().withTopK(k).withThreads(2).withThreshold(5));
    }

    @Nested
    class OnPaper {

        @Test
        void childOfATypedFatherSharingAlleleTenGivesOneOverFourP() {
            SearchResult r = search(List.of(fatherTyped("F1", Genotype.of("10", "11"))), List.of(L),
                    List.of(remains("V", "10", "12")), 3);
            Candidate c = r.forRemains("V").get(0);
            assertThat(c.lr()).isCloseTo(2.5, within(1e-12));
            assertThat(c.log10Lr()).isCloseTo(Math.log10(2.5), within(1e-12));
            assertThat(c.loci()).isEqualTo(1);
            assertThat(c.excluded()).isZero();
            assertThat(c.family()).isEqualTo("F1");
            assertThat(c.missing()).isEqualTo("F1-MP");
        }

        @Test
        void fullSiblingSharingBothAllelesGivesEightAndThreeEighths() {
            // k0 + k1 (1/(4p_a) + 1/(4p_b)) + k2 / (2 p_a p_b) = 0.25 + 0.5 · 3.75 + 0.25 · 25
            SearchResult r = search(List.of(siblingTyped("F1", Genotype.of("10", "11"))), List.of(L),
                    List.of(remains("V", "10", "11")), 3);
            assertThat(r.forRemains("V").get(0).lr()).isCloseTo(8.375, within(1e-12));
            assertThat(r.aboveThreshold()).extracting(Candidate::remains).containsExactly("V");
        }

        @Test
        void anExcludedPairWithoutMutationIsNotACandidate() {
            SearchResult r = search(List.of(fatherTyped("F1", Genotype.of("10", "11"))), List.of(L),
                    List.of(remains("V", "12", "13")), 3);
            assertThat(r.forRemains("V")).isEmpty();
            assertThat(r.comparisons()).isEqualTo(1);
        }

        @Test
        void withMutationTheSamePairIsReportedWithOneExclusion() {
            Locus mutating = L.withMutation(MutationModel.proportional(0.002, L.frequencies()));
            SearchResult r = search(List.of(fatherTyped("F1", Genotype.of("10", "11"))), List.of(mutating),
                    List.of(remains("V", "12", "13")), 3);
            Candidate c = r.forRemains("V").get(0);
            assertThat(c.excluded()).isEqualTo(1);
            assertThat(c.lr()).isCloseTo(PairwiseLr.lr(fatherTyped("F1", Genotype.of("10", "11")),
                    remains("V", "12", "13"), List.of(mutating), NONE), within(1e-15));
            assertThat(c.lr()).isLessThan(0.01);
        }

        @Test
        void underStepwiseMutationOnlyTheTriangleIsKeptAndExclusionsAndDropoutStillCount() {
            // enough unseen alleles that no closed form fits them by chance
            List<String> alleles = List.of("10", "11", "12", "13", "14", "15", "16");
            Locus stepwise = Locus.of("L", alleles, new double[] {0.1, 0.2, 0.3, 0.15, 0.1, 0.1, 0.05})
                    .withMutation(MutationModel.stepwise(alleles, 0.002, 0.0, 0.1));
            SearchFamily f = fatherTyped("F1", Genotype.of("10", "11"));
            CompiledMarker cm = FamilyCompiler.compile(f, List.of(stepwise), NONE)[0];
            assertThat(cm.triangle()).isTrue();
            assertThat(cm.k()).isEqualTo(7);
            assertThat(cm.values()).hasSize(28);

            // 12/13 needs a mutation; 12/12 too, unless dropout hides a 10 or 11 the mother may not have given
            Map<String, Integer> excluded = Map.of("A", 1, "B", 0, "C", 1, "D", 0, "E", 0);
            List<RemainsProfile> remains = List.of(remains("A", "12", "13"),
                    new RemainsProfile("B", Map.of("L", Genotype.of("12", "12")), 0.3),
                    remains("C", "12", "12"),
                    new RemainsProfile("D", Map.of("L", Genotype.of("10", "10")), 0.05),
                    remains("E", "10", "13"));
            SearchIndex index = SearchIndex.build(List.of(f), List.of(stepwise), NONE, 1);
            for (RemainsProfile v : remains) {
                Candidate c = index.compare(v, 0);
                double exact = PairwiseLr.lr(f, v, List.of(stepwise), NONE);
                assertThat(c.lr()).as(v.id()).isCloseTo(exact, within(exact * 1e-12));
                assertThat(c.excluded()).as(v.id()).isEqualTo(excluded.get(v.id()));
            }
        }

        @Test
        void remainsOfAKnownSexAreNotPairedWithAMissingPersonOfTheOtherSex() {
            // Pedigree.nuclear's child is male
            SearchFamily f = fatherTyped("F1", Genotype.of("10", "11"));
            Map<String, Genotype> calls = Map.of("L", Genotype.of("10", "12"));
            List<RemainsProfile> remains = List.of(new RemainsProfile("W", calls, 0, Sex.FEMALE),
                    new RemainsProfile("M", calls, 0, Sex.MALE), new RemainsProfile("U", calls, 0));
            SearchResult r = search(List.of(f), List.of(L), remains, 3);
            assertThat(r.forRemains("W")).isEmpty();
            assertThat(r.forRemains("M")).singleElement().satisfies(c -> assertThat(c.lr()).isCloseTo(2.5, within(1e-12)));
            assertThat(r.forRemains("U")).singleElement().satisfies(c -> assertThat(c.lr()).isCloseTo(2.5, within(1e-12)));
            assertThat(r.comparisons()).isEqualTo(3);
        }

        @Test
        void aLocusTheFamilyDidNotTypeIsNotCompared() {
            Locus other = Locus.of("M", List.of("1", "2"), new double[] {0.5, 0.5});
            RemainsProfile v = RemainsProfile.of("V", Map.of("L", Genotype.of("10", "12"), "M", Genotype.of("1", "2")));
            SearchResult r = search(List.of(fatherTyped("F1", Genotype.of("10", "11"))), List.of(L, other), List.of(v), 3);
            assertThat(r.forRemains("V").get(0).loci()).isEqualTo(1);
            assertThat(r.forRemains("V").get(0).lr()).isCloseTo(2.5, within(1e-12));
        }
    }

    @Nested
    class AgainstBruteForce {

        private final Random rnd = new Random(7);
        private final List<Locus> loci = Scenarios.loci(rnd, 4, "proportional");
        private final List<SearchFamily> families = new ArrayList<>();
        private final List<RemainsProfile> remains = new ArrayList<>();

        AgainstBruteForce() {
            for (int f = 0; f < 14; f++) {
                Scenarios.Drawn d = Scenarios.family(rnd, "F" + f, loci);
                families.add(d.family());
                if (f % 2 == 0) {
                    remains.add(Scenarios.remains(rnd, "R" + f, loci, d.missingTruth(), f % 4 == 0 ? 0.1 : 0));
                }
            }
            for (int u = 0; u < 5; u++) {
                remains.add(Scenarios.remains(rnd, "U" + u, loci, null, 0));
            }
        }

        @Test
        void topKPerRemainsAndPerFamilyAreTheBruteForceBest() {
            SearchResult r = DatabaseSearch.run(SearchIndex.build(families, loci, NONE, 2), remains,
                    new SearchOptions(3, 100, 2, 4));
            for (RemainsProfile v : remains) {
                List<double[]> all = new ArrayList<>();
                for (int f = 0; f < families.size(); f++) {
                    all.add(new double[] {PairwiseLr.lr(families.get(f), v, loci, NONE), f});
                }
                List<double[]> best = all.stream().filter(x -> x[0] > 0)
                        .sorted(Comparator.comparingDouble((double[] x) -> -x[0])).limit(3).toList();
                List<Candidate> found = r.forRemains(v.id());
                // exact ties (two identical families) may come in either order: compare values, then identities
                assertThat(found).hasSameSizeAs(best);
                for (int i = 0; i < best.size(); i++) {
                    assertThat(found.get(i).lr()).isCloseTo(best.get(i)[0], within(1e-9 * best.get(i)[0]));
                    String family = found.get(i).family();
                    double exact = all.stream().filter(x -> families.get((int) x[1]).family().equals(family))
                            .findFirst().orElseThrow()[0];
                    assertThat(found.get(i).lr()).isCloseTo(exact, within(1e-9 * exact));
                }
                for (double[] x : all) {
                    boolean hit = r.aboveThreshold().stream()
                            .anyMatch(c -> c.remains().equals(v.id()) && c.family().equals(families.get((int) x[1]).family()));
                    assertThat(hit).isEqualTo(x[0] >= 100);
                }
            }
            for (SearchFamily f : families) {
                List<Double> best = remains.stream().map(v -> PairwiseLr.lr(f, v, loci, NONE)).filter(x -> x > 0)
                        .sorted((x, y) -> Double.compare(y, x)).limit(3).toList();
                List<Candidate> found = r.forMissing(f.missing());
                assertThat(found).hasSameSizeAs(best);
                for (int i = 0; i < best.size(); i++) {
                    assertThat(found.get(i).lr()).isCloseTo(best.get(i), within(1e-9 * best.get(i)));
                }
            }
        }

        @Test
        void aWholeRowOfOneRemainsEqualsTheDirectLrs() {
            SearchIndex index = SearchIndex.build(families, loci, NONE, 2);
            for (RemainsProfile v : remains) {
                double[] row = index.lrs(v);
                assertThat(row).hasSize(families.size());
                for (int i = 0; i < index.size(); i++) {
                    String missing = index.missing(i);
                    SearchFamily f = families.stream().filter(x -> x.missing().equals(missing)).findFirst().orElseThrow();
                    double direct = PairwiseLr.lr(f, v, loci, NONE);
                    assertThat(row[i]).isCloseTo(direct, within(1e-9 * Math.max(direct, 1e-300)));
                }
            }
        }

        @Test
        void searchingNewFamiliesAndNewRemainsAloneEqualsAFullRerun() {
            SearchOptions o = new SearchOptions(3, 100, 2, 3);
            SearchResult full = DatabaseSearch.run(SearchIndex.build(families, loci, NONE, 2), remains, o);
            List<SearchFamily> oldFamilies = families.subList(0, 10);
            List<SearchFamily> newFamilies = families.subList(10, families.size());
            List<RemainsProfile> oldRemains = remains.subList(0, 7);
            List<RemainsProfile> newRemains = remains.subList(7, remains.size());
            SearchIndex old = SearchIndex.build(oldFamilies, loci, NONE, 1);
            SearchResult incremental = DatabaseSearch.run(old, oldRemains, o)
                    .merge(DatabaseSearch.run(old, newRemains, o))
                    .merge(DatabaseSearch.run(SearchIndex.build(newFamilies, loci, NONE, 1), remains, o));
            assertThat(incremental.byRemains()).isEqualTo(full.byRemains());
            assertThat(incremental.byMissing()).isEqualTo(full.byMissing());
            assertThat(incremental.aboveThreshold()).isEqualTo(full.aboveThreshold());
            assertThat(incremental.reported()).isEqualTo(full.reported());
            assertThat(incremental.comparisons()).isEqualTo(full.comparisons());
            SearchResult extended = DatabaseSearch.run(old.with(newFamilies, 1), remains, o);
            assertThat(extended.reported()).isEqualTo(full.reported());
        }

        /** The version names what was compiled: same families, same version; more families, a new one. */
        @Test
        void theIndexVersionFollowsItsFamiliesAndTheResultsNameIt() {
            SearchOptions o = new SearchOptions(3, 100, 2, 3);
            SearchIndex a = SearchIndex.build(families.subList(0, 10), loci, NONE, 2);
            SearchIndex b = SearchIndex.build(families.subList(0, 10), loci, NONE, 1);
            assertThat(a.version()).hasSize(64).isEqualTo(b.version());
            SearchIndex extended = a.with(families.subList(10, families.size()), 1);
            assertThat(extended.version()).isNotEqualTo(a.version());
            assertThat(SearchIndex.build(families.subList(0, 9), loci, NONE, 1).version()).isNotEqualTo(a.version());
            SearchIndex newOnly = SearchIndex.build(families.subList(10, families.size()), loci, NONE, 1);
            SearchResult incremental = DatabaseSearch.run(a, remains, o).merge(DatabaseSearch.run(newOnly, remains, o));
            assertThat(DatabaseSearch.run(a, remains, o).indexVersions()).containsExactly(a.version());
            assertThat(incremental.indexVersions()).containsExactlyInAnyOrder(a.version(), newOnly.version());
        }

        /** What a cluster does: parts over slices of the remains, searched apart, merged in any grouping. */
        @Test
        void partsOverSlicesOfTheRemainsMergeIntoTheWholeSearch() {
            SearchOptions o = new SearchOptions(2, 100, 1, 2);
            SearchIndex index = SearchIndex.build(families, loci, NONE, 2);
            SearchResult whole = DatabaseSearch.run(index, remains, o);
            SearchPart a = DatabaseSearch.part(index, remains.subList(0, 3), 0, o);
            SearchPart b = DatabaseSearch.part(index, remains.subList(3, 8), 3, o);
            SearchPart c = DatabaseSearch.part(index, remains.subList(8, remains.size()), 8, o);
            SearchResult merged = DatabaseSearch.assemble(index, remains, o, c.merge(a.merge(b)));
            assertThat(merged.reported()).isEqualTo(whole.reported());
            assertThat(merged.byMissing()).isEqualTo(whole.byMissing());
            assertThat(merged.aboveThreshold()).isEqualTo(whole.aboveThreshold());
            assertThat(merged.comparisons()).isEqualTo(whole.comparisons());
            assertThatThrownBy(() -> a.merge(a)).hasMessageContaining("overlap at remains 0");
            assertThatThrownBy(() -> DatabaseSearch.assemble(index, remains, o, a.merge(b)))
                    .hasMessageContaining("covers 8 remains, the search has " + remains.size());
        }

        /** A packed request reads back as the same search; anything else is refused with the file named. */
        @Test
        void aSearchRequestReadsBackAndAnythingElseIsRefused() throws Exception {
            SearchOptions o = new SearchOptions(2, 100, 1, 4);
            SearchIndex index = SearchIndex.build(families, loci, NONE, 2);
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            new SearchRequest(index, remains, o).write(bytes);
            SearchRequest back = SearchRequest.read(new java.io.ByteArrayInputStream(bytes.toByteArray()), "request.bin");
            assertThat(back.options()).isEqualTo(o);
            SearchResult result = DatabaseSearch.run(back.index(), back.remains(), back.options());
            assertThat(result.reported()).isEqualTo(DatabaseSearch.run(index, remains, o).reported());
            java.io.ByteArrayOutputStream reply = new java.io.ByteArrayOutputStream();
            SearchRequest.writeResult(result, reply);
            SearchResult read = SearchRequest.readResult(new java.io.ByteArrayInputStream(reply.toByteArray()), "result.bin");
            assertThat(read.reported()).isEqualTo(result.reported());
            assertThat(read.byMissing()).isEqualTo(result.byMissing());
            assertThat(read.indexVersions()).containsExactly(index.version());
            assertThatThrownBy(() -> SearchRequest.readResult(new java.io.ByteArrayInputStream(bytes.toByteArray()), "r.bin"))
                    .hasMessageStartingWith("r.bin: not a search result of this version");
            java.io.ByteArrayOutputStream other = new java.io.ByteArrayOutputStream();
            try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(other)) {
                out.writeObject("homecoming search request 1");
                out.writeObject(new java.net.URL("http://example.org/"));
            }
            assertThatThrownBy(() -> SearchRequest.read(new java.io.ByteArrayInputStream(other.toByteArray()), "evil.bin"))
                    .hasMessageStartingWith("evil.bin: not a search request");
            assertThatThrownBy(() -> SearchRequest.read(new java.io.ByteArrayInputStream("a,b\n".getBytes()), "x.csv"))
                    .hasMessageStartingWith("x.csv: not a search request");
        }

        /** An index and a part travel to a cluster's executors and back through Java serialization. */
        @Test
        void anIndexAndAPartSurviveSerialization() throws Exception {
            SearchOptions o = new SearchOptions(2, 100, 1, 4);
            SearchIndex index = SearchIndex.build(families, loci, NONE, 2);
            SearchIndex copy = roundTrip(index);
            SearchPart part = roundTrip(DatabaseSearch.part(copy, remains, 0, o));
            assertThat(DatabaseSearch.assemble(index, remains, o, part).reported())
                    .isEqualTo(DatabaseSearch.run(index, remains, o).reported());
        }
    }

    @Nested
    class BadInput {

        @Test
        void anAlleleOutsideTheLociIsRefusedNamingRemainsLocusAndAllele() {
            SearchIndex index = SearchIndex.build(List.of(fatherTyped("F1", Genotype.of("10", "11"))), List.of(L), NONE, 1);
            assertThatThrownBy(() -> DatabaseSearch.run(index, List.of(remains("V", "10", "99")), SearchOptions.defaults()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("remains V, locus L: allele 99 is not in the search's allele list; add it to the loci "
                            + "before building the index");
        }

        @Test
        void aMissingPersonTwiceIsRefused() {
            SearchFamily f = fatherTyped("F1", Genotype.of("10", "11"));
            assertThatThrownBy(() -> SearchIndex.build(List.of(f, f), List.of(L), NONE, 1))
                    .hasMessage("missing person F1-MP appears twice in the index");
        }

        @Test
        void remainsTwiceAreRefused() {
            SearchIndex index = SearchIndex.build(List.of(fatherTyped("F1", Genotype.of("10", "11"))), List.of(L), NONE, 1);
            RemainsProfile v = remains("V", "10", "11");
            assertThatThrownBy(() -> DatabaseSearch.run(index, List.of(v, v), SearchOptions.defaults()))
                    .hasMessage("remains V appear twice");
        }

        @Test
        void thetaIsRefused() {
            assertThatThrownBy(() -> SearchIndex.build(List.of(), List.of(L), NONE.withTheta(0.01), 1))
                    .hasMessage("the database search computes θ = 0 only: theta 0.01");
        }

        @Test
        void optionsNameTheBadValue() {
            assertThatThrownBy(() -> SearchOptions.defaults().withTopK(-1)).hasMessage("topK must be at least 0: -1");
            assertThatThrownBy(() -> SearchOptions.defaults().withThreads(0)).hasMessage("threads must be at least 1: 0");
            assertThatThrownBy(() -> SearchOptions.defaults().withThreshold(0)).hasMessage("threshold must be a positive number: 0.0");
            assertThatThrownBy(() -> new RemainsProfile("V", Map.of(), 1.0))
                    .hasMessage("dropout of remains V must be in [0, 1): 1.0");
        }

        @Test
        void aTypedMissingPersonIsRefused() {
            Pedigree p = Pedigree.nuclear("FA", "MO", "MP");
            GenotypeTable t = GenotypeTable.builder().put("MP", "L", Genotype.of("10", "11")).build();
            assertThatThrownBy(() -> new SearchFamily("F1", "MP", p, t)).hasMessage("missing person MP of family F1 is typed");
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
