package org.homecoming.programme.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.homecoming.kinship.search.Candidate;
import org.junit.jupiter.api.Test;

class CandidateCsvTests {

    @Test
    void rowsReadBackAsTheyWereWritten() {
        Candidate a = new Candidate("R-1", "F,1", "MP \"1\"", 1.1530325387609293E10, 10.061841563326722, 17, 0, List.of());
        Candidate b = new Candidate("R-2", "F-2", "MP-2", 0.25, Math.log10(0.25), 15, 2, List.of());
        String csv = CandidateCsv.HEADER + ",posterior\n" + CandidateCsv.row(a) + ",0.5\n" + CandidateCsv.row(b) + ",\n";
        assertThat(CandidateCsv.read(new StringReader(csv), "out.csv")).containsExactly(a, b);
    }

    @Test
    void aBadFieldIsNamedWithItsFileAndLine() {
        String csv = CandidateCsv.HEADER + "\nR-1,F-1,MP-1,1.5,0.17,15,0\nR-2,F-2,MP-2,many,0.1,15,0\n";
        assertThatThrownBy(() -> CandidateCsv.read(new StringReader(csv), "out.csv"))
                .hasMessage("out.csv, line 3, field lr: not a number: 'many'");
        assertThatThrownBy(() -> CandidateCsv.read(new StringReader("a,b\n1,2\n"), "x.csv"))
                .hasMessageStartingWith("x.csv, line 1: the header must start remains,family,missing");
    }
}
