package org.homecoming.simulator.dioxin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demonstration dioxin campaign: deterministic, 17 congeners a sample, non-detects with their limits. */
class DioxinCampaignSimulatorTests {

    @Test
    void theSameSeedWritesTheSameBytesAndEverySampleHasItsSeventeenCongeners(@TempDir Path dir) throws IOException {
        assertThat(DioxinCampaignSimulator.write(dir.resolve("a"), 30, 9)).isEqualTo(30);
        DioxinCampaignSimulator.write(dir.resolve("b"), 30, 9);
        for (String f : List.of("samples.csv", "results.csv")) {
            assertThat(Files.readAllBytes(dir.resolve("b").resolve(f))).isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(f)));
        }
        List<String> results = Files.readAllLines(dir.resolve("a/results.csv"));
        assertThat(results.get(0)).isEqualTo("sample_id,congener,value,unit,detected,detection_limit");
        assertThat(results).hasSize(30 * 17 + 1);
        assertThat(results.stream().filter(l -> l.startsWith("BH-0001,")).count()).isEqualTo(17);
        assertThat(results).anyMatch(l -> l.endsWith(",pg/g,false,5.0") || l.endsWith(",pg/g,false,0.5")
                || l.endsWith(",pg/g,false,1.0") || l.endsWith(",pg/g,false,2.0"));
        assertThat(Files.readAllLines(dir.resolve("a/samples.csv"))).hasSize(31);
    }
}
