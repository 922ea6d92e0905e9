package org.homecoming.server.landrelease.bombing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.homecoming.server.HomecomingTest;
import org.homecoming.simulator.bombing.ThorFileSimulator;
import org.homecoming.simulator.bombing.ThorFileSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/** The demo's bombing records: simulated beside the programme, imported once, the bad rows left out. */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:homecoming-demo-bombing;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "homecoming.search.in-memory=true",
    "homecoming.security.bcrypt-strength=4",
    "homecoming.data-dir=" + DemoBombingLoaderTests.DATA_DIR,
    "homecoming.demo=true",
    "homecoming.demo.persons=20",
    "homecoming.demo.remains=5",
    "homecoming.demo.thor-rows=300",
    "HOMECOMING_ADMIN_PASSWORD=" + HomecomingTest.ADMIN_PASSWORD})
class DemoBombingLoaderTests {

    static final String DATA_DIR = "target/test-data-demo-bombing";

    @BeforeAll
    static void noEarlierDemo() throws IOException {
        FileSystemUtils.deleteRecursively(Path.of(DATA_DIR));
    }

    @Autowired
    DemoBombingLoader loader;
    @Autowired
    JdbcClient jdbc;

    private long missions() {
        return jdbc.sql("SELECT COUNT(*) FROM bombing_mission").query(Long.class).single();
    }

    @Test
    void theFirstStartImportsTheGoodRowsOfTheSimulatedFileAndALaterOneAddsNothing(@TempDir Path tmp) throws Exception {
        ThorFileSummary same = ThorFileSimulator.write(tmp.resolve("same.csv"), 300, 1975, 0.03);
        assertThat(Files.mismatch(tmp.resolve("same.csv"), Path.of(DATA_DIR, DemoBombingLoader.FILE))).isEqualTo(-1);
        assertThat(missions()).isEqualTo(same.good());
        loader.run(null);
        assertThat(missions()).isEqualTo(same.good());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bombing_import").query(Long.class).single()).isEqualTo(1);
    }
}
