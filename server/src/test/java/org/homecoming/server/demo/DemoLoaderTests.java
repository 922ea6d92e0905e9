package org.homecoming.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.homecoming.server.HomecomingTest;
import org.homecoming.server.security.HomecomingPrincipal;
import org.homecoming.server.security.Side;
import org.homecoming.server.security.UserService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * A small demonstration programme: simulated once, imported through the importer, with the demo users
 * (two laboratory analysts on each side, so a four-eyes confirmation can be completed).
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:homecoming-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "homecoming.search.in-memory=true",
    "homecoming.security.bcrypt-strength=4",
    "homecoming.data-dir=" + DemoLoaderTests.DATA_DIR,
    "homecoming.demo=true",
    "homecoming.demo.persons=40",
    "homecoming.demo.remains=12",
    "HOMECOMING_ADMIN_PASSWORD=" + HomecomingTest.ADMIN_PASSWORD})
class DemoLoaderTests {

    static final String DATA_DIR = "target/test-data-demo";

    /** Runs before the Spring context starts, so the demo starts from nothing. */
    @BeforeAll
    static void noEarlierDemo() throws IOException {
        FileSystemUtils.deleteRecursively(Path.of(DATA_DIR));
    }

    @Autowired
    DemoLoader loader;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserService users;
    private final Path dataDir = Path.of(DATA_DIR);

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    @Test
    void theFirstStartLoadsTheSimulatedProgrammeAndALaterOneReusesIt() throws Exception {
        assertThat(count("missing_person")).isEqualTo(40);
        assertThat(count("remains")).isEqualTo(12);
        assertThat(count("family_member")).isPositive();
        assertThat(count("str_call")).isPositive();
        assertThat(Files.readString(dataDir.resolve("programme/manifest.properties"))).contains("seed=1975");
        assertThat(dataDir.resolve("programme.partial")).doesNotExist();
        assertThat(users.exists("officer")).isTrue();
        assertThat(users.exists("us-liaison")).isTrue();
        assertThat(users.passwordMatches("lab", HomecomingTest.ADMIN_PASSWORD)).isTrue();
        for (String analyst : new String[] {"lab", "lab2", "us-lab", "us-lab2"}) {
            HomecomingPrincipal p = (HomecomingPrincipal) users.loadUserByUsername(analyst);
            assertThat(p.getAuthorities()).extracting(Object::toString).contains("ROLE_LAB_ANALYST");
            assertThat(p.side()).as(analyst).isEqualTo(analyst.startsWith("us-") ? Side.US : Side.VN);
        }

        loader.run(null);
        assertThat(count("missing_person")).as("a started demo is not loaded twice").isEqualTo(40);
    }
}
