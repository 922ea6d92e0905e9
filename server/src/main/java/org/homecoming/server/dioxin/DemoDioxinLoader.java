package org.homecoming.server.dioxin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.homecoming.server.security.LocalInstallation;
import org.homecoming.simulator.dioxin.DioxinCampaignSimulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * With {@code homecoming.demo=true}: when no dioxin site is stored, simulates the demonstration campaign at Biên Hòa
 * ({@code DATA_DIR/dioxin-demo}, {@code homecoming.demo.dioxin-samples} samples) and imports it through the
 * ordinary imports as the installation's system user: the site and its zones, the samples, the results.
 *
 * <pre>{@code
 * java -jar homecoming-server.jar --homecoming.demo=true --homecoming.demo.dioxin-samples=600
 * }</pre>
 */
@Component
@Order(3)
@ConditionalOnProperty(name = "homecoming.demo", havingValue = "true")
class DemoDioxinLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDioxinLoader.class);

    private final JdbcClient jdbc;
    private final LocalInstallation installation;
    private final DioxinService dioxin;
    private final Path dataDir;
    private final int samples;
    private final long seed;

    DemoDioxinLoader(JdbcClient jdbc, LocalInstallation installation, DioxinService dioxin,
            @Value("${homecoming.data-dir:./data}") String dataDir,
            @Value("${homecoming.demo.dioxin-samples:300}") int samples, @Value("${homecoming.demo.seed:1975}") long seed) {
        this.jdbc = jdbc;
        this.installation = installation;
        this.dioxin = dioxin;
        this.dataDir = Path.of(dataDir);
        this.samples = samples;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (samples <= 0 || jdbc.sql("SELECT COUNT(*) FROM dioxin_site").query(Long.class).single() > 0) {
            return;
        }
        Path dir = dataDir.resolve("dioxin-demo");
        DioxinCampaignSimulator.write(dir, samples, seed);
        int results = installation.asSystem(() -> load(dir));
        log.info("Demo dioxin campaign: {} samples, {} results at {}", samples, results, DioxinCampaignSimulator.SITE);
    }

    /** Loads a folder the simulator wrote; returns the number of results stored. */
    int load(Path dir) {
        List<SiteZone> zones = new ArrayList<>();
        for (int i = 0; i < DioxinCampaignSimulator.ZONES.length; i++) {
            String[] z = DioxinCampaignSimulator.ZONES[i];
            zones.add(new SiteZone(z[0], z[1], DioxinCampaignSimulator.ZONE_POLYGONS[i]));
        }
        try {
            dioxin.createSite(DioxinCampaignSimulator.SITE, "Sân bay Biên Hòa", DioxinCampaignSimulator.OUTLINE, zones);
            dioxin.importSamples(DioxinCampaignSimulator.SITE, "samples.csv",
                    Files.readString(dir.resolve("samples.csv"), StandardCharsets.UTF_8));
            return dioxin.importResults("results.csv", Files.readString(dir.resolve("results.csv"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
