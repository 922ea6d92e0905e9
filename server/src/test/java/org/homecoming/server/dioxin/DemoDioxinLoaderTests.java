package org.homecoming.server.dioxin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.homecoming.dioxin.NonDetectBound;
import org.homecoming.dioxin.TefSchemeId;
import org.homecoming.server.HomecomingTest;
import org.homecoming.server.security.LocalInstallation;
import org.homecoming.simulator.dioxin.DioxinCampaignSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demonstration campaign goes in through the ordinary imports and shows the Agent Orange signature. */
@HomecomingTest
class DemoDioxinLoaderTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    LocalInstallation installation;
    @Autowired
    DioxinService dioxin;

    @Test
    void theCampaignIsStoredWholeAndItsHotspotsAreTcddDominatedAboveTheRemediationThreshold(@TempDir Path dir) {
        DioxinCampaignSimulator.write(dir, 60, 3);
        DemoDioxinLoader loader = new DemoDioxinLoader(jdbc, installation, dioxin, dir.toString(), 60, 3);
        int results = installation.asSystem(() -> loader.load(dir));
        assertThat(results).isEqualTo(60 * 17);
        List<SampleTeq> teq = installation.asSystem(() -> dioxin.teq(DioxinCampaignSimulator.SITE, null,
                TefSchemeId.WHO_2005, NonDetectBound.UPPER));
        assertThat(teq).hasSize(60);
        SampleTeq worst = teq.stream().max((x, y) -> Double.compare(x.teq().teq(), y.teq().teq())).orElseThrow();
        assertThat(worst.teq().tcddShare()).isGreaterThan(0.8);
        assertThat(worst.classifications()).anyMatch(c -> c.threshold().setId().equals("TCVN_8183_2009") && c.exceeds());
        assertThat(teq).anyMatch(s -> s.teq().ndShare() > 0);
        assertThat(teq).allMatch(s -> s.teq().lower() <= s.teq().upper());
    }
}
