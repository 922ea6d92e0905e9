package org.homecoming.server.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Small-cell suppression: 1 to 4 hidden, zero shown, and one more cell where a single hidden one could be derived. */
class SmallCellsTests {

    @Test
    void countsOfOneToFourAreHiddenAndZeroAndFiveShown() {
        assertThat(SmallCells.hidden(List.of(0, 1, 4, 5, 100, 2))).containsExactly(false, true, true, false, false, true);
    }

    @Test
    void aSingleHiddenCellTakesTheSmallestOtherNonZeroCellWithIt() {
        // 3 alone would follow from the block's total; 6 is the smallest other non-zero count.
        assertThat(SmallCells.hidden(List.of(12, 3, 40, 0, 6))).containsExactly(false, true, false, false, true);
    }

    @Test
    void aSingleHiddenCellWithNothingElseToHideStaysAlone() {
        assertThat(SmallCells.hidden(List.of(0, 3, 0))).containsExactly(false, true, false);
    }

    @Test
    void nothingIsHiddenWhenNoCellIsSmall() {
        assertThat(SmallCells.hidden(List.of(5, 0, 9))).containsExactly(false, false, false);
    }

    @Test
    void aNegativeCountIsAnError() {
        assertThatThrownBy(() -> SmallCells.hidden(List.of(5, -1))).hasMessageContaining("-1");
    }
}
