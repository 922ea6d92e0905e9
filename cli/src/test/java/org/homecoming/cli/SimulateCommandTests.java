package org.homecoming.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTests extends CommandTests {

    @TempDir
    Path tmp;


    @Test
    void writesAProgrammeAndSaysWhatItWrote() throws IOException {
        Path dir = tmp.resolve("prog");
        int code = execute("simulate", "--missing", "50", "--remains", "20", "--seed", "42", "--out", dir.toString(),
                "--loci", "16");
        assertThat(code).isEqualTo(0);
        assertThat(out.toString()).startsWith("wrote " + dir + ": 50 missing persons (")
                .contains("20 remains (");
        assertThat(err.toString()).as("no progress bar for small runs").isEmpty();
        assertThat(Files.readAllLines(dir.resolve("missing_persons.csv"))).hasSize(51);
        assertThat(Files.readString(dir.resolve("manifest.properties"))).contains("seed=42\n", "loci=CSF1PO,");
        assertThat(Files.readAllLines(dir.resolve("frequencies.txt")).stream().filter(l -> l.matches("[A-Za-z].*")))
                .hasSize(16);
    }

    /** Beside the registry programme, a land-release programme and a THOR file; --land-release-areas 0 writes none. */
    @Test
    void writesTheLandReleaseProgrammeBesideItAndZeroWritesNone() throws IOException {
        Path dir = tmp.resolve("lr");
        assertThat(execute("simulate", "--missing", "5", "--remains", "2", "--seed", "3", "--loci", "2",
                "--land-release-areas", "12", "--out", dir.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("wrote " + dir.resolve("land-release") + ": 12 hazardous areas, ")
                .contains("a THOR file of 2000 missions (");
        assertThat(Files.readString(dir.resolve("land-release/hazard-areas.geojson"))).startsWith("{\"type\":\"FeatureCollection\"");
        assertThat(Files.readAllLines(dir.resolve("land-release/thor.csv"))).hasSize(2001);
        assertThat(out.toString()).contains("wrote " + dir.resolve("dioxin") + ": a dioxin campaign of 300 samples at BIEN_HOA");
        assertThat(Files.readAllLines(dir.resolve("dioxin/results.csv"))).hasSize(300 * 17 + 1);
        Path none = tmp.resolve("none-lr");
        assertThat(execute("simulate", "--missing", "5", "--remains", "2", "--seed", "3", "--loci", "2",
                "--land-release-areas", "0", "--out", none.toString())).isZero();
        assertThat(Files.exists(none.resolve("land-release"))).isFalse();
    }

    /** Every Vietnamese man with a brother missing too: the brother is a family row under his missing person id. */
    @Test
    void brothersShareOnePlacesMissingBrothersInTheFamiliesAndZeroNone() throws IOException {
        assertThat(execute("simulate", "--missing", "60", "--remains", "0", "--seed", "4", "--loci", "2",
                "--brothers-share", "1", "--out", tmp.resolve("all").toString())).as(err.toString()).isZero();
        assertThat(execute("simulate", "--missing", "60", "--remains", "0", "--seed", "4", "--loci", "2",
                "--brothers-share", "0", "--out", tmp.resolve("none").toString())).as(err.toString()).isZero();
        assertThat(placedBrothers(tmp.resolve("all"))).isGreaterThan(10);
        assertThat(placedBrothers(tmp.resolve("none"))).isZero();
        assertThat(Files.readString(tmp.resolve("all/manifest.properties"))).contains("brothers.share=1.0\n");
    }

    private static long placedBrothers(Path dir) throws IOException {
        java.util.Set<String> missing = Files.readAllLines(dir.resolve("missing_persons.csv")).stream().skip(1)
                .map(l -> l.substring(0, l.indexOf(','))).collect(java.util.stream.Collectors.toSet());
        return Files.readAllLines(dir.resolve("family_members.csv")).stream().skip(1)
                .filter(l -> missing.contains(l.substring(0, l.indexOf(',')))).peek(l -> assertThat(l).contains(",BROTHER,"))
                .count();
    }

    @Test
    void readsAnotherFrequencyTableWithPentaLoci() throws IOException {
        Path table = tmp.resolve("tiny.txt");
        Files.writeString(table, "# tiny\nTH01\n6\t0.5\n9.3\t0.5\n\nPenta E\n5\t0.3\n12\t0.7\n");
        int code = execute("simulate", "--missing", "5", "--remains", "2", "--seed", "1", "--out",
                tmp.resolve("p").toString(), "--frequencies", table.toString());
        assertThat(code).as(err.toString()).isEqualTo(0);
        assertThat(Files.readString(tmp.resolve("p/manifest.properties"))).contains("loci=TH01,Penta E\n",
                "frequencies.source=tiny\n");
    }

    @Test
    void largeRunsDrawAProgressBarOnStderr() {
        int code = execute("simulate", "--missing", String.valueOf(SimulateCommand.PROGRESS_THRESHOLD), "--remains",
                "0", "--seed", "3", "--loci", "2", "--out", tmp.resolve("big").toString());
        assertThat(code).isEqualTo(0);
        assertThat(err.toString()).startsWith("\rsimulating [").contains("] 100%").endsWith("\n");
    }

    @Test
    void writesALineageReferenceSetOfTheGivenSizeOrNone() throws IOException {
        Path dir = tmp.resolve("ref");
        assertThat(execute("simulate", "--missing", "5", "--remains", "2", "--seed", "1", "--out", dir.toString(),
                "--lineage-reference", "7")).isEqualTo(0);
        // header, then a YSTR and an MTDNA row per man
        assertThat(Files.readAllLines(dir.resolve("lineage_reference.csv"))).hasSize(15)
                .startsWith("sample_id,marker_type,value");
        assertThat(execute("simulate", "--missing", "5", "--remains", "2", "--seed", "1", "--out", dir.toString(),
                "--lineage-reference", "0")).isEqualTo(0);
        assertThat(dir.resolve("lineage_reference.csv")).doesNotExist();
    }

    @Test
    void negativeLineageReferenceIsBadInput() {
        assertThat(execute("simulate", "--missing", "3", "--remains", "1", "--seed", "1", "--lineage-reference",
                "-1", "--out", tmp.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("lineage reference set size must be at least 0: -1");
    }

    @Test
    void missingRequiredOptionIsBadInput() {
        assertThat(execute("simulate", "--missing", "5", "--seed", "1", "--out", tmp.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("homecoming: Missing required option").contains("--remains");
    }

    @Test
    void nonNumericCountIsBadInput() {
        assertThat(execute("simulate", "--missing", "many", "--remains", "1", "--seed", "1", "--out",
                tmp.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("'many' is not an int");
    }

    @Test
    void zeroMissingPersonsIsBadInput() {
        assertThat(execute("simulate", "--missing", "0", "--remains", "1", "--seed", "1", "--out",
                tmp.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("homecoming: missing persons must be at least 1: 0" + System.lineSeparator());
    }

    @Test
    void tooManyLociIsBadInput() {
        assertThat(execute("simulate", "--missing", "3", "--remains", "1", "--seed", "1", "--loci", "41", "--out",
                tmp.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("loci must be in [1, 40] for frequency table east-asia-norstr-2023: 41");
    }

    @Test
    void malformedFrequencyTableIsBadInputNamingFileAndLine() throws IOException {
        Path table = tmp.resolve("bad.txt");
        Files.writeString(table, "TH01\n6\tlots\n");
        assertThat(execute("simulate", "--missing", "3", "--remains", "1", "--seed", "1", "--out",
                tmp.resolve("p").toString(), "--frequencies", table.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(table + ":2: locus TH01, allele 6: frequency is not a number: 'lots'");
    }

    @Test
    void absentFrequencyTableIsBadInput() {
        Path table = tmp.resolve("absent.txt");
        assertThat(execute("simulate", "--missing", "3", "--remains", "1", "--seed", "1", "--out",
                tmp.resolve("p").toString(), "--frequencies", table.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("homecoming: cannot read " + table);
    }
}
