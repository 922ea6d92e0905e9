package org.homecoming.server.landrelease.bombing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.homecoming.server.security.LocalInstallation;
import org.homecoming.simulator.bombing.ThorFileSimulator;
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
 * With {@code homecoming.demo=true}: when no bombing record is stored, simulates a small THOR file
 * ({@code DATA_DIR/thor-simulated.csv}, {@code homecoming.demo.thor-rows} rows, 3 % of them bad) and imports
 * it through the ordinary importer as the installation's system user, so the density layer has data.
 *
 * <pre>{@code
 * java -jar homecoming-server.jar --homecoming.demo=true --homecoming.demo.thor-rows=5000
 * }</pre>
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "homecoming.demo", havingValue = "true")
class DemoBombingLoader implements ApplicationRunner {

    static final String FILE = "thor-simulated.csv";
    private static final Logger log = LoggerFactory.getLogger(DemoBombingLoader.class);

    private final JdbcClient jdbc;
    private final ThorImporter importer;
    private final LocalInstallation installation;
    private final Path dataDir;
    private final long rows;
    private final long seed;

    DemoBombingLoader(JdbcClient jdbc, ThorImporter importer, LocalInstallation installation,
            @Value("${homecoming.data-dir:./data}") String dataDir, @Value("${homecoming.demo.thor-rows:2000}") long rows,
            @Value("${homecoming.demo.seed:1975}") long seed) {
        this.jdbc = jdbc;
        this.importer = importer;
        this.installation = installation;
        this.dataDir = Path.of(dataDir);
        this.rows = rows;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (rows <= 0 || jdbc.sql("SELECT COUNT(*) FROM bombing_mission").query(Long.class).single() > 0) {
            return;
        }
        Path file = dataDir.resolve(FILE);
        try {
            Files.createDirectories(dataDir);
            ThorFileSimulator.write(file, rows, seed, 0.03);
            try (InputStream in = Files.newInputStream(file)) {
                ThorImportResult r = installation.asSystem(() -> importer.importFile(FILE, in, ImportProgress.NONE));
                log.info("Demo bombing records: {} imported, {} rejected by reason {}", r.imported(),
                        r.rejected().values().stream().mapToLong(Long::longValue).sum(), r.rejected());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the demo bombing records " + file, e);
        }
    }
}
