package org.homecoming.server.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineageReferenceReaderTests {

    static final String HEADER = "sample_id,marker_type,value\n";

    @Test
    void eachIndividualGivesOneHaplotypePerMarkerKind() {
        var r = LineageReferenceReader.read(HEADER + "P-1,YSTR,\"DYS19=14;DYS385=11,14\"\n"
                + "P-1,MTDNA,16024-576:16223T 73G\n\nP-2,YSTR,DYS19=15\n");
        assertThat(r.problems()).isEmpty();
        assertThat(r.rows()).containsExactly(new LineageReferenceReader.Haplotype("P-1", "YSTR", "DYS19=14;DYS385=11,14"),
                new LineageReferenceReader.Haplotype("P-1", "MTDNA", "16024-576:16223T 73G"),
                new LineageReferenceReader.Haplotype("P-2", "YSTR", "DYS19=15"));
    }

    @Test
    void aWrongHeaderIsRefusedOnLineOne() {
        assertThat(LineageReferenceReader.read("sample,marker_type,value\nP-1,YSTR,DYS19=14\n").problems())
                .containsExactly("lineage_reference.csv:1: header: expected column 1 'sample_id', found 'sample'");
    }

    @Test
    void aSetWithoutHaplotypesIsRefused() {
        assertThat(LineageReferenceReader.read(HEADER).problems())
                .containsExactly("lineage_reference.csv:0: file: no haplotypes");
    }

    @Test
    void badRowsAreEachNamedAndNoRowIsKept() {
        var r = LineageReferenceReader.read(HEADER + "P-1,YSTR,DYS19=14\n" + "P 2,YSTR,DYS19=14\n" + "P-3,YSTR\n"
                + "P-4,MTDNA,16223T\n");
        assertThat(r.problems()).containsExactly(
                "lineage_reference.csv:3: sample_id: not an identifier ([A-Za-z0-9._-]{1,64}): 'P 2'",
                "lineage_reference.csv:4: row: 2 fields, expected 3",
                "lineage_reference.csv:5: value: mtDNA value needs 'RANGES:VARIANTS': '16223T'");
        assertThat(r.rows()).isEmpty();
    }
}
