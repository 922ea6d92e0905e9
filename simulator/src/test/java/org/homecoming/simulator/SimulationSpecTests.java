package org.homecoming.simulator;

import org.homecoming.kinship.io.FrequencyTableReader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.homecoming.kinship.io.InputFormatException;
import org.homecoming.kinship.locus.FrequencyDatabase;
import org.junit.jupiter.api.Test;

class SimulationSpecTests {

    @Test
    void defaultsAreTheDocumentedOnes() {
        SimulationSpec s = SimulationSpec.of(10, 5, 1);
        assertThat(s.loci()).isEqualTo(23);
        assertThat(s.frequencies().loci()).hasSize(40);
        assertThat(s.frequencies().locus("Penta E").alleles()).isNotEmpty();
        assertThat(s.usShare()).isEqualTo(0.03);
        assertThat(s.mutationRate()).isEqualTo(0.001);
        assertThat(s.lineageReference()).isEqualTo(2000);
        assertThat(s.withLineageReference(0).lineageReference()).isZero();
    }

    @Test
    void badArgumentsAreNamedWithTheirValue() {
        assertThatThrownBy(() -> SimulationSpec.of(0, 5, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("missing persons must be at least 1: 0");
        assertThatThrownBy(() -> SimulationSpec.of(10, -1, 1)).hasMessage("remains must be at least 0: -1");
        assertThatThrownBy(() -> SimulationSpec.of(10, 5, 1).withLoci(41))
                .hasMessage("loci must be in [1, 40] for frequency table east-asia-norstr-2023: 41");
        assertThatThrownBy(() -> SimulationSpec.of(10, 5, 1).withUsShare(1.5)).hasMessage(
                "US share must be in [0, 1]: 1.5");
        assertThatThrownBy(() -> SimulationSpec.of(10, 5, 1).withMutationRate(-0.1)).hasMessage(
                "mutation rate must be in [0, 1]: -0.1");
        assertThatThrownBy(() -> SimulationSpec.of(10, 5, 1).withLineageReference(-1)).hasMessage(
                "lineage reference set size must be at least 0: -1");
    }

    @Test
    void frequencyTablesKeepLocusNamesWithSpacesAndLineNumbersInErrors() {
        FrequencyDatabase db = FrequencyTableReader.read(stream("# src\nPenta E\n5\t0.4\n7\t0.6\n\nTH01\n6\t1\n"), "t.txt",
                "t");
        assertThat(db.locusNames()).containsExactly("Penta E", "TH01");
        assertThat(db.source()).isEqualTo("src");
        assertThatThrownBy(() -> FrequencyTableReader.read(stream("Penta D\n5\tx\n"), "t.txt", "t"))
                .isInstanceOf(InputFormatException.class)
                .hasMessageContaining("t.txt:2:").hasMessageContaining("frequency is not a number");
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
