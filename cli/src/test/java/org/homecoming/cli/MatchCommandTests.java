package org.homecoming.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homecoming.kinship.dvi.DviAnalysis;
import org.homecoming.kinship.dvi.DviOptions;
import org.homecoming.kinship.dvi.DviProblem;
import org.homecoming.kinship.dvi.Pairing;
import org.homecoming.kinship.dvi.PairwiseTable;
import org.homecoming.kinship.io.familias.FamiliasCase;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.mutation.MutationSpec;
import org.homecoming.kinship.pedigree.Sex;
import org.homecoming.kinship.search.PairwiseLr;
import org.homecoming.kinship.search.RemainsProfile;
import org.homecoming.kinship.search.SearchFamily;
import org.homecoming.programme.io.Programme;
import org.homecoming.programme.io.ProgrammeReader;
import org.homecoming.simulator.ProgrammeSimulator;
import org.homecoming.simulator.SimulationSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

class MatchCommandTests extends CommandTests {

    /** One CSV row of the output (no field of these inputs needs quoting); empty evidence columns are NaN. */
    record Row(String remains, String family, String missing, double lr, double log10Lr, int loci, int excluded,
            double lineageLr, double contextLr, double combinedLr, double posterior) {

        static List<Row> read(Path csv) throws IOException {
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            assertThat(lines.get(0)).isEqualTo("remains,family,missing,lr,log10_lr,loci,excluded,"
                    + "lineage_lr,context_lr,combined_lr,posterior");
            return lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)).map(f -> new Row(f[0], f[1], f[2],
                    Double.parseDouble(f[3]), Double.parseDouble(f[4]), Integer.parseInt(f[5]), Integer.parseInt(f[6]),
                    orNaN(f[7]), orNaN(f[8]), orNaN(f[9]), orNaN(f[10]))).toList();
        }

        private static double orNaN(String field) {
            return field.isEmpty() ? Double.NaN : Double.parseDouble(field);
        }
    }

    @Nested
    class DviFiles {

        /** Every sex-compatible pair with a positive LR is reported (top 10 ≥ all) with dvi's pairwise LR. */
        private void sameLrsAsDvi(String file, @TempDir Path dir) throws IOException {
            Path csv = dir.resolve("m.csv");
            int code = execute("match", DviCommandTests.resource(file).toString(), "--top", "10", "--threads", "2",
                    "--quiet", "--out", csv.toString());
            assertThat(code).as(err.toString()).isZero();
            PairwiseTable dvi = DviAnalysis.pairwise(DviCommand.problem(FamiliasCase.read(DviCommandTests.resource(file)),
                    DviOptions.defaults()));
            Set<String> expected = new HashSet<>();
            for (String v : dvi.victims()) {
                for (Pairing p : dvi.row(v)) {
                    if (p.lr().isPresent() && p.lr().getAsDouble() > 0) {
                        expected.add(v + "|" + p.missing());
                    }
                }
            }
            List<Row> rows = Row.read(csv);
            Set<String> found = new HashSet<>();
            for (Row r : rows) {
                found.add(r.remains() + "|" + r.missing());
                double lr = dvi.lr(r.remains(), r.missing()).orElseThrow();
                assertThat(r.lr()).as(r.toString()).isCloseTo(lr, within(1e-9 * lr));
                assertThat(r.log10Lr()).as(r.toString()).isCloseTo(Math.log10(lr), within(1e-9 * Math.max(1, Math.abs(Math.log10(lr)))));
                assertThat(r.family()).isEqualTo(dvi.get(r.remains(), r.missing()).family());
            }
            assertThat(found).isEqualTo(expected);
            // a .fam file has no context; every posterior is a probability
            assertThat(rows).allSatisfy(r -> {
                assertThat(r.contextLr()).isNaN();
                assertThat(r.posterior()).isBetween(0.0, 1.0);
            });
        }

        @Test
        void planecrashPairwiseLrsEqualThoseOfDvi(@TempDir Path dir) throws IOException {
            sameLrsAsDvi("planecrash-dvi.fam", dir);
            assertThat(out.toString()).contains("indexed 5 families", "compared 8 remains");
        }

        @Test
        void threeMissingPersonsOfOneFamilyEachGetTheirOwnColumn(@TempDir Path dir) throws IOException {
            sameLrsAsDvi("dvi-example.fam", dir);
        }

        @Test
        void pairsOfKnownDifferentSexesAreLeftOutUnlessSexIsIgnored(@TempDir Path dir) throws IOException {
            Path csv = dir.resolve("m.csv");
            Path fam = DviCommandTests.resource("planecrash-dvi.fam");
            DviProblem p = DviCommand.problem(FamiliasCase.read(fam), DviOptions.defaults());
            Map<String, Sex> missingSex = new HashMap<>();
            p.familyOfMissing().forEach((m, f) -> missingSex.put(m, f.pedigree().sex(m)));
            assertThat(execute("match", fam.toString(), "--top", "10", "--quiet", "--out", csv.toString())).isZero();
            List<Row> bySex = Row.read(csv);
            assertThat(bySex).allMatch(r -> compatible(p.victimSexes().get(r.remains()), missingSex.get(r.missing())));
            assertThat(execute("match", fam.toString(), "--top", "10", "--quiet", "--ignore-sex", "--out", csv.toString()))
                    .isZero();
            List<Row> all = Row.read(csv);
            long incompatible = all.stream()
                    .filter(r -> !compatible(p.victimSexes().get(r.remains()), missingSex.get(r.missing()))).count();
            assertThat(all).hasSize(bySex.size() + (int) incompatible).containsAll(bySex);
        }

        private static boolean compatible(Sex a, Sex b) {
            return a == Sex.UNKNOWN || b == Sex.UNKNOWN || a == b;
        }

        @Test
        void aFileWithoutDviSectionIsBadInput(@TempDir Path dir) {
            int code = execute("match", DviCommandTests.resource("paternity.fam").toString(), "--out",
                    dir.resolve("m.csv").toString());
            assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(err.toString()).contains("paternity.fam", "no DVI section");
        }

        @Test
        void anUnknownEvidenceKindIsBadInput(@TempDir Path dir) {
            int code = execute("match", DviCommandTests.resource("planecrash-dvi.fam").toString(), "--evidence", "dna",
                    "--out", dir.resolve("m.csv").toString());
            assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(err.toString()).contains("--evidence must be autosomal or all: dna");
        }

        @Test
        void aMissingInputIsBadInput(@TempDir Path dir) {
            int code = execute("match", dir.resolve("nothing-here").toString(), "--out", dir.resolve("m.csv").toString());
            assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(err.toString()).contains("input not found", "nothing-here");
        }
    }

    /** A simulated programme of about 500 families against its truth, end to end. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class SimulatedProgramme {

        private Path programme;
        private Path csv;
        private String summary;
        private int code;
        private String errors;

        @BeforeAll
        void matchOnce(@TempDir Path dir) {
            programme = dir.resolve("programme");
            ProgrammeSimulator.simulate(SimulationSpec.of(625, 500, 5), programme);
            csv = dir.resolve("match.csv");
            code = execute("match", programme.toString(), "--threads", "2", "--top", "3", "--out", csv.toString());
            summary = out.toString();
            errors = err.toString();
        }

        private Matcher line(String regex) {
            Matcher m = Pattern.compile(regex).matcher(summary);
            assertThat(m.find()).as(summary).isTrue();
            return m;
        }

        @Test
        void aboutFiveHundredFamiliesAreIndexedAndTheProgressBarShowsRateAndEta() {
            assertThat(code).as(errors).isZero();
            int families = Integer.parseInt(line("indexed (\\d+) families \\(23 loci\\)").group(1));
            assertThat(families).isBetween(450, 560);
            assertThat(errors).contains("matching [", "100%", "comparisons/s ETA");
        }

        @Test
        void theSummaryCountsAgreeWithTheCsvAndTheTruthFile() throws IOException {
            Map<String, String> truth = new HashMap<>();
            Map<String, String> truthFamily = new HashMap<>();
            for (String l : Files.readAllLines(programme.resolve("truth.csv")).subList(1, 501)) {
                String[] f = l.split(",", -1);
                truth.put(f[0], f[1]);
                truthFamily.put(f[0], f[2]);
            }
            List<Row> rows = Row.read(csv);
            List<Row> ids = rows.stream().filter(r -> r.lr() >= 1e4).toList();
            long right = ids.stream().filter(r -> r.missing().equals(truth.get(r.remains()))).count();
            Matcher m = line("truth: (\\d+) identifications at LR >= 10000: (\\d+) true, (\\d+) false");
            assertThat(Integer.parseInt(m.group(1))).isEqualTo(ids.size());
            assertThat(Long.parseLong(m.group(2))).isEqualTo(right);
            assertThat(Long.parseLong(m.group(3))).isEqualTo(ids.size() - right);
            Matcher missed = line("truth: (\\d+) of (\\d+) identifiable remains missed");
            int identifiable = Integer.parseInt(missed.group(2));
            assertThat(Integer.parseInt(missed.group(1))).isEqualTo(identifiable - right);
            // precision and recall of a working search on this programme: few false identifications besides those
            // with the brother of the true missing person (same family, same position in the pedigree: the single
            // LR cannot tell them apart and they count as false), and well over a third of the identifiable remains
            // found (many families have one distant reference)
            long wrongBrother = ids.stream().filter(r -> !r.missing().equals(truth.get(r.remains()))
                    && r.family().equals(truthFamily.get(r.remains()))).count();
            assertThat(ids.size() - right - wrongBrother).isLessThanOrEqualTo(2);
            line("joint: \\d+ pairs of remains on two missing persons of one family: \\d+ told apart");
            line("truth: \\d+ joint placements told apart the right way round, 0 the wrong way");
            assertThat(right).isGreaterThan(identifiable * 4L / 10);
            line("truth: false-positive rate [0-9.e-]+ \\(\\d+ of \\d+ unrelated pairs\\)");
        }

        @Test
        void reportedLrsEqualTheExactEngineAndLineageIsSummarised() throws IOException {
            Programme p = ProgrammeReader.read(programme, new ProgrammeReader.Settings(MutationSpec.proportional(0.001), 0.05));
            Map<String, SearchFamily> families = new HashMap<>();
            p.families().forEach(f -> families.put(f.missing(), f));
            Map<String, RemainsProfile> remains = new HashMap<>();
            p.remains().forEach(v -> remains.put(v.id(), v));
            List<Row> rows = Row.read(csv);
            assertThat(rows).hasSizeGreaterThan(500);
            for (Row r : rows.subList(0, 40)) {
                double exact = PairwiseLr.lr(families.get(r.missing()), remains.get(r.remains()), p.loci(),
                        LikelihoodOptions.defaults());
                assertThat(r.lr()).as(r.toString()).isCloseTo(exact, within(1e-9 * exact));
                assertThat(r.loci()).isEqualTo(remains.get(r.remains()).genotypes().size());
            }
            line("lineage: \\d+ identifications with a Y-STR or mtDNA comparison; comparisons: \\d+ consistent");
        }

        /** The "all" figures at posterior ≥ 0.99 are the CSV's rows at that posterior, scored against truth.csv. */
        @Test
        void theEvidenceFiguresAgreeWithTheCsvAndTheTruthFile() throws IOException {
            Map<String, String> truth = new HashMap<>();
            for (String l : Files.readAllLines(programme.resolve("truth.csv")).subList(1, 501)) {
                String[] f = l.split(",", -1);
                truth.put(f[0], f[1]);
            }
            List<Row> ids = Row.read(csv).stream().filter(r -> r.posterior() >= 0.99).toList();
            long right = ids.stream().filter(r -> r.missing().equals(truth.get(r.remains()))).count();
            Matcher m = line("evidence all +posterior >= 0\\.99: +(\\d+) identifications: (\\d+) true, (\\d+) false; "
                    + "named (\\d+) of (\\d+) identifiable remains");
            assertThat(Integer.parseInt(m.group(1))).isEqualTo(ids.size());
            assertThat(Long.parseLong(m.group(2))).isEqualTo(right);
            assertThat(Integer.parseInt(m.group(3))).isEqualTo(ids.size() - (int) right);
            Matcher missed = line("truth: (\\d+) of (\\d+) identifiable remains missed");
            assertThat(m.group(5)).isEqualTo(missed.group(2));
            for (String set : List.of("autosomal", "\\+lineage", "\\+context", "all")) {
                line("evidence " + set + " +combined LR >= 10000: +\\d+ identifications");
                line("evidence " + set + " +posterior >= 0\\.99: +\\d+ identifications");
            }
            line("posterior \\(all evidence\\): prior p = [0-9.]+ that a missing person is among the \\d+ remains");
            Matcher factors = line("context factors of the (\\d+) identifications at posterior >= 0\\.99: distance median "
                    + "[0-9.e+-]+ \\(\\d+ for, \\d+ against\\); age median .*; sex median .*; artifact median");
            assertThat(Integer.parseInt(factors.group(1))).isEqualTo(ids.size());
        }

        /** Each row's combined LR is the product of its parts; a lineage exclusion gives LR and posterior 0. */
        @Test
        void theCombinedLrIsTheProductOfTheKindsOfEvidence() throws IOException {
            List<Row> rows = Row.read(csv);
            for (Row r : rows) {
                double lineage = Double.isNaN(r.lineageLr()) ? 1 : r.lineageLr();
                double expected = Math.pow(10, r.log10Lr()) * lineage * r.contextLr();
                assertThat(r.combinedLr()).as(r.toString()).isCloseTo(expected, within(1e-9 * expected + 1e-300));
                assertThat(r.contextLr()).isPositive();
                if (lineage == 0) {
                    assertThat(r.posterior()).isZero();
                }
            }
            assertThat(rows).anyMatch(r -> r.contextLr() != 1);
        }
    }

    /** A small programme matched with {@code --evidence autosomal} and with all the evidence. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class EvidenceKinds {

        private List<Row> autosomal;
        private String autosomalOut;
        private List<Row> all;
        private String allOut;

        @BeforeAll
        void matchTwice(@TempDir Path dir) throws IOException {
            Path programme = dir.resolve("programme");
            ProgrammeSimulator.simulate(SimulationSpec.of(150, 120, 11), programme);
            Path csv = dir.resolve("m.csv");
            assertThat(execute("match", programme.toString(), "--threads", "2", "--quiet", "--evidence", "autosomal",
                    "--out", csv.toString())).as(err.toString()).isZero();
            autosomal = Row.read(csv);
            autosomalOut = out.toString();
            out.getBuffer().setLength(0);
            assertThat(execute("match", programme.toString(), "--threads", "2", "--quiet", "--out", csv.toString()))
                    .as(err.toString()).isZero();
            all = Row.read(csv);
            allOut = out.toString();
        }

        /** Only the autosomal LR is combined, and the posterior is computed on it. */
        @Test
        void autosomalEvidenceLeavesLineageAndContextOut() {
            assertThat(autosomal).isNotEmpty().allSatisfy(r -> {
                assertThat(r.lineageLr()).isNaN();
                assertThat(r.contextLr()).isNaN();
                assertThat(Math.log10(r.combinedLr())).isCloseTo(r.log10Lr(), within(1e-9));
            });
            assertThat(autosomalOut).contains("posterior (autosomal evidence)", "evidence autosomal combined LR >= 10000:")
                    .doesNotContain("evidence all");
        }

        /**
         * All the evidence adds to the search's pairs the strong unlisted ones: weight (combined LR ×
         * prior pair odds) at least 1, the odds read from the printed prior (3 significant digits).
         */
        @Test
        void strongUnlistedPairsAreAddedToTheSearchs() {
            Set<String> searched = new HashSet<>();
            autosomal.forEach(r -> searched.add(r.remains() + "|" + r.missing()));
            List<Row> added = all.stream().filter(r -> !searched.contains(r.remains() + "|" + r.missing())).toList();
            assertThat(all).hasSize(autosomal.size() + added.size());
            Matcher prior = Pattern.compile("prior p = (\\S+) .*\\(per pair (\\S+)\\)").matcher(allOut);
            assertThat(prior.find()).isTrue();
            double odds = Double.parseDouble(prior.group(2)) / (1 - Double.parseDouble(prior.group(1)));
            assertThat(added).isNotEmpty().allSatisfy(r -> assertThat(r.combinedLr() * odds).isGreaterThan(0.99));
            assertThat(allOut).contains("evidence: " + added.size() + " pairs added to the search's: among each remains' 10 "
                    + "strongest by autosomal x context LR, those of weight (combined LR x prior pair odds) >= 1");
        }
    }

    /** A small simulated programme matched without and with a population reference set. */
    @Nested
    class LineageReferenceSet {

        private String match(Path programme, Path dir) {
            out.getBuffer().setLength(0);
            int code = execute("match", programme.toString(), "--threads", "2", "--quiet", "--out", dir.resolve("m.csv").toString());
            assertThat(code).as(err.toString()).isZero();
            return out.toString();
        }

        @Test
        void frequenciesAreCountedInTheReferenceSetWhenTheDirectoryHasOne(@TempDir Path dir) throws IOException {
            Path programme = dir.resolve("programme");
            ProgrammeSimulator.simulate(SimulationSpec.of(150, 120, 11).withLineageReference(0), programme);
            String without = match(programme, dir);
            assertThat(without).contains("lineage frequencies: no lineage_reference.csv; counted among the programme's own"
                    + " lineage.csv rows (remains and relatives included), not a population frequency");
            // 500 reference men typed at every Y locus of the programme, none sharing a remains' haplotype: x = 0 of 500
            Set<String> loci = new java.util.TreeSet<>();
            for (String l : Files.readAllLines(programme.resolve("lineage.csv"))) {
                String[] f = l.split(",", 5);
                if (f.length == 5 && f[3].equals("YSTR")) {
                    for (String entry : f[4].replace("\"", "").split(";")) {
                        loci.add(entry.substring(0, entry.indexOf('=')));
                    }
                }
            }
            String haplotype = String.join(";", loci.stream().map(x -> x + "=99").toList());
            StringBuilder reference = new StringBuilder("sample_id,marker_type,value\n");
            for (int i = 1; i <= 500; i++) {
                reference.append("P-").append(i).append(",YSTR,").append(haplotype).append('\n');
            }
            Files.writeString(programme.resolve("lineage_reference.csv"), reference.toString(), StandardCharsets.UTF_8);
            String with = match(programme, dir);
            assertThat(with).contains("lineage frequencies: counted in lineage_reference.csv (500 Y-STR, 0 mtDNA haplotypes)");
            // 1 / (1 - 0.05^(1/500)) = 167.4: every consistent Y comparison now has the population LR
            Matcher after = Pattern.compile("lineage: Y-STR LR of consistent identifications: median 167\\.4 \\(\\d+ comparisons\\)")
                    .matcher(with);
            assertThat(after.find()).as(with).isTrue();
            // counted among the case's own rows (the remains and its paternal relatives included) the same matches weigh less
            Matcher before = Pattern.compile("lineage: Y-STR LR of consistent identifications: median ([0-9.e+]+) ").matcher(without);
            assertThat(before.find()).as(without).isTrue();
            assertThat(Double.parseDouble(before.group(1))).isLessThan(167.4);
        }
    }
}
