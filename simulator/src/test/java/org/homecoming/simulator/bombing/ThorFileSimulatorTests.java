package org.homecoming.simulator.bombing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThorFileSimulatorTests {

    @TempDir
    Path tmp;

    @Test
    void writesTheHeaderAndOneLinePerRowWithTheBadRowsCountedByKind() throws IOException {
        Path file = tmp.resolve("thor.csv");
        ThorFileSummary s = ThorFileSimulator.write(file, 600, 7, 0.1);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(601);
        assertThat(lines.get(0)).startsWith("THOR_DATA_VIET_ID,").contains("MSNDATE", "TGTLATDD_DDD_WGS84",
                "TGTLONDDD_DDD_WGS84", "WEAPONTYPECLASS", "NUMWEAPONSDELIVERED", "TGTCOUNTRY");
        assertThat(s.rows()).isEqualTo(600);
        assertThat(s.bad().keySet()).containsExactlyElementsOf(ThorFileSimulator.BAD_KINDS);
        long bad = s.bad().values().stream().mapToLong(Long::longValue).sum();
        assertThat(s.good()).isEqualTo(600 - bad);
        // The kinds are taken in turn, so no two counts differ by more than one.
        assertThat(s.bad().values().stream().mapToLong(Long::longValue).max().orElseThrow()
                - s.bad().values().stream().mapToLong(Long::longValue).min().orElseThrow()).isLessThanOrEqualTo(1);
        long emptyIds = lines.stream().skip(1).filter(l -> l.startsWith(",")).count();
        assertThat(emptyIds).isEqualTo(s.bad().get("MISSING_ID"));
        long impossibleDays = lines.stream().filter(l -> l.contains("-02-30,")).count();
        assertThat(impossibleDays).isEqualTo(s.bad().get("BAD_DATE"));
    }

    @Test
    void theSameSeedGivesTheSameFile() throws IOException {
        ThorFileSimulator.write(tmp.resolve("a.csv"), 200, 11, 0.05);
        ThorFileSimulator.write(tmp.resolve("b.csv"), 200, 11, 0.05);
        ThorFileSimulator.write(tmp.resolve("c.csv"), 200, 12, 0.05);
        assertThat(Files.mismatch(tmp.resolve("a.csv"), tmp.resolve("b.csv"))).isEqualTo(-1);
        assertThat(Files.mismatch(tmp.resolve("a.csv"), tmp.resolve("c.csv"))).isNotEqualTo(-1);
    }

    @Test
    void aBadShareOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> ThorFileSimulator.write(tmp.resolve("x.csv"), 10, 1, 1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("bad share must be in [0, 1]: 1.5");
    }
}
