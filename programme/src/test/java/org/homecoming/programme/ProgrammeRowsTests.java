package org.homecoming.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.homecoming.kinship.evidence.GeoPoint;
import org.junit.jupiter.api.Test;

class ProgrammeRowsTests {

    @Test
    void formatsCoordinatesWithSixDecimalsWhateverTheLocale() {
        assertThat(ProgrammeRows.coordinate(16.75)).isEqualTo("16.750000");
        assertThat(ProgrammeRows.coordinate(-0.0000004)).isEqualTo("-0.000000");
    }

    @Test
    void aRemainsRowHasOneFieldPerColumnInTheOrderOfTheFile() {
        RemainsRow r = new RemainsRow("R-1", "S-1", Optional.of(PartialDate.of(1998, 4)),
                Optional.of(new GeoPoint(16.75, 107.18)), OptionalInt.of(10), "Team 2", "M", OptionalInt.of(19),
                OptionalInt.empty(), OptionalInt.empty(), "PARTIAL", List.of("dog tag", "ring"), "PROFILED");
        List<String> row = ProgrammeRows.row(r);
        assertThat(row).hasSameSizeAs(ProgrammeFile.REMAINS.columns());
        assertThat(row).containsExactly("R-1", "S-1", "1998-04", "16.750000", "107.180000", "10", "Team 2", "M", "19", "",
                "", "PARTIAL", "dog tag;ring", "PROFILED");
    }
}
