package org.homecoming.server.dioxin.cleanup;

import java.util.LinkedHashMap;
import java.util.Map;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demonstration cleanup of the demo dioxin site, entered through the ordinary rules as the installation's
 * system user after the campaign is loaded: a plan in two phases after the Biên Hòa project's shape (excavation
 * into lined stockpiles, in-pile thermal desorption, a landfill cell for the less contaminated soil), batches with
 * their temperatures, verification samples — one failing, so its batch is held — and releases of the batches
 * that passed.
 *
 * <pre>{@code
 * java -jar homecoming-server.jar --homecoming.demo=true --homecoming.demo.cleanup=false
 * }</pre>
 */
@Component
@Order(4)
@ConditionalOnProperty(name = "homecoming.demo", havingValue = "true")
class DemoCleanupLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCleanupLoader.class);

    private final JdbcClient jdbc;
    private final LocalInstallation installation;
    private final CleanupService cleanup;
    private final boolean enabled;
    private final TransactionTemplate transaction;

    DemoCleanupLoader(JdbcClient jdbc, LocalInstallation installation, CleanupService cleanup,
            TransactionTemplate transaction, @Value("${homecoming.demo.cleanup:true}") boolean enabled) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.installation = installation;
        this.cleanup = cleanup;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        String site = DioxinCampaignSimulator.SITE;
        boolean siteThere = jdbc.sql("SELECT COUNT(*) FROM dioxin_site WHERE code = ?").param(site).query(Long.class).single() > 0;
        boolean planned = jdbc.sql("SELECT COUNT(*) FROM dioxin_cleanup_phase").query(Long.class).single() > 0;
        if (!enabled || !siteThere || planned) {
            return;
        }
        // One transaction: a refused record leaves no half-loaded demo behind.
        installation.asSystem(() -> transaction.executeWithoutResult(status -> load(site)));
        log.info("Demo cleanup progress at {}", site);
    }

    void load(String site) {
        String zone = DioxinCampaignSimulator.ZONES[0][0];
        add(site, CleanupService.Kind.PLAN, "phase", "Phase 1", "startsOn", "2019-12-01", "endsOn", "2025-06-30",
                "excavateM3", "150000", "treatM3", "95000", "containM3", "55000", "returnHa", "12");
        add(site, CleanupService.Kind.PLAN, "phase", "Phase 2", "startsOn", "2025-07-01", "endsOn", "2030-12-31",
                "excavateM3", "350000", "treatM3", "250000", "containM3", "100000", "returnHa", "30");
        add(site, CleanupService.Kind.STOCKPILES, "ref", "SP-1", "containment", "LINED_COVERED", "capacityM3", "80000");
        add(site, CleanupService.Kind.STOCKPILES, "ref", "SP-2", "containment", "LANDFILL_CELL", "capacityM3", "60000");
        String[][] cells = {{"EX-101", "Phase 1", "2020-03-02", "42000", "3400", "SP-1"}, {"EX-102", "Phase 1", "2021-01-11", "38000", "1900", "SP-1"},
            {"EX-103", "Phase 1", "2022-02-21", "31000", "600", "SP-2"}, {"EX-104", "Phase 1", "2023-04-03", "24000", "450", "SP-2"},
            {"EX-201", "Phase 2", "2025-09-15", "28000", "2600", "SP-1"}};
        for (String[] c : cells) {
            add(site, CleanupService.Kind.EXCAVATIONS, "ref", c[0], "phase", c[1], "zone", zone, "excavatedOn", c[2],
                    "volumeM3", c[3], "teq", c[4], "stockpile", c[5]);
        }
        String[][] batches = {
            {"TB-1", "Phase 1", "THERMAL_DESORPTION_IN_PILE", "40000", "2020-09-01", "2021-08-30", "335", "240", "SP-1"},
            {"TB-2", "Phase 1", "THERMAL_DESORPTION_IN_PILE", "38000", "2021-10-01", "2022-09-20", "340", "250", "SP-1"},
            {"TB-3", "Phase 1", "CONTAINMENT_LANDFILL", "50000", "2022-06-01", "2023-12-15", "", "", "SP-2"},
            {"TB-4", "Phase 2", "THERMAL_DESORPTION_IN_PILE", "26000", "2025-11-01", "", "", "", "SP-1"}};
        for (String[] b : batches) {
            add(site, CleanupService.Kind.TREATMENTS, "ref", b[0], "phase", b[1], "technology", b[2], "volumeM3", b[3],
                    "startedOn", b[4], "endedOn", b[5], "maxTemperatureC", b[6], "heatingDays", b[7], "stockpile", b[8]);
        }
        String[][] checks = {{"TB-1", "VS-1-1", "42"}, {"TB-1", "VS-1-2", "18"}, {"TB-1", "VS-1-3", "95"},
            {"TB-2", "VS-2-1", "61"}, {"TB-2", "VS-2-2", "212"}};
        for (String[] v : checks) {
            add(site, CleanupService.Kind.VERIFICATIONS, "treatment", v[0], "sample", v[1], "teq", v[2], "tef", "who2005",
                    "sampledOn", v[0].equals("TB-1") ? "2021-09-20" : "2022-10-10");
        }
        add(site, CleanupService.Kind.RELEASES, "treatment", "TB-1", "volumeM3", "40000", "releasedOn", "2021-11-30", "areaHa", "6.5");
    }

    private void add(String site, CleanupService.Kind kind, String... fields) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            m.put(fields[i], fields[i + 1]);
        }
        cleanup.record(site, kind, m);
    }
}
