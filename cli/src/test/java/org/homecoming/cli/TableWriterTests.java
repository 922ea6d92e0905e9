package org.homecoming.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TableWriterTests {

    @Test
    void alignsTextLeftAndNumbersRight() {
        String t = new TableWriter("Locus", "LR").row("TH01", "1.164").row("D3S1358", "inf").row("Total", "772.4").render();
        assertThat(t).isEqualTo("""
                Locus       LR
                -------  -----
                TH01     1.164
                D3S1358    inf
                Total    772.4
                """);
    }

    @Test
    void rowMustFitTheHeader() {
        assertThatThrownBy(() -> new TableWriter("a", "b").row("x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("row has 1 cells, the table 2 columns");
        assertThatThrownBy(TableWriter::new).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a table needs at least one column");
    }
}
