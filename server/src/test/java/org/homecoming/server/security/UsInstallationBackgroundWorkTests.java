package org.homecoming.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.homecoming.server.HomecomingTest;
import org.homecoming.server.archive.ArchiveDocument;
import org.homecoming.server.archive.ArchiveService;
import org.homecoming.server.archive.DocumentForm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * An installation configured as the US side ({@code homecoming.side=US}) does its background work as
 * its own system user: the demo programme imported at startup, the automatic search started by the
 * server's scanner, and work run in {@link LocalInstallation#asSystem} on a thread of its own, which
 * records the US side where a record takes its user's side.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:homecoming-us-installation;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "homecoming.search.in-memory=true",
    "homecoming.security.bcrypt-strength=4",
    "homecoming.data-dir=" + UsInstallationBackgroundWorkTests.DATA_DIR,
    "homecoming.side=US",
    "homecoming.demo=true",
    "homecoming.demo.persons=40",
    "homecoming.demo.remains=12",
    "homecoming.identification.auto-search-seconds=1",
    "homecoming.identification.power-scan-seconds=0",
    "HOMECOMING_ADMIN_PASSWORD=" + HomecomingTest.ADMIN_PASSWORD})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UsInstallationBackgroundWorkTests {

    static final String DATA_DIR = "target/test-data-us-installation";

    /** Runs before the Spring context starts, so the demo is simulated and imported by this start. */
    @BeforeAll
    static void noEarlierData() throws IOException {
        FileSystemUtils.deleteRecursively(Path.of(DATA_DIR));
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    LocalInstallation installation;
    @Autowired
    CurrentUsers currentUsers;
    @Autowired
    ArchiveService archive;

    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-background"));

    @AfterAll
    void stop() {
        background.shutdownNow();
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void theInstallationIsOfTheUsSideAndSoAreTheUsersItCreatesItself() {
        assertThat(installation.side()).isEqualTo(Side.US);
        assertThat(installation.systemUser()).isEqualTo(CurrentUser.system(Side.US));
        assertThat(jdbc.sql("SELECT side FROM app_user WHERE username = 'admin'").query(String.class).single())
                .isEqualTo("US");
    }

    @Test
    void theDemoProgrammeImportedAtStartupIsRecordedAsTheSystemUser() {
        assertThat(count("SELECT COUNT(*) FROM missing_person")).isEqualTo(40);
        assertThat(jdbc.sql("SELECT username FROM audit_log WHERE action = 'IMPORT' AND entity_type = 'PROGRAMME'")
                .query(String.class).list()).containsExactly("system");
        assertThat(count("SELECT COUNT(*) FROM status_change WHERE changed_by = 'system'")).isEqualTo(40);
        assertThat(count("SELECT COUNT(*) FROM status_change")).isEqualTo(40);
    }

    @Test
    void theAutomaticSearchIsRequestedAndAuditedAsTheSystemUser() {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> count(
                "SELECT COUNT(*) FROM ident_search_job WHERE requested_by = 'system' AND status = 'DONE'") > 0);

        long job = jdbc.sql("SELECT MIN(id) FROM ident_search_job WHERE status = 'DONE'").query(Long.class).single();
        assertThat(jdbc.sql("SELECT kind FROM ident_search_job WHERE id = ?").param(job).query(String.class).single())
                .isEqualTo("NEW");
        assertThat(jdbc.sql("SELECT username || ' ' || action FROM audit_log WHERE entity_type = 'SEARCH_JOB'"
                + " AND entity_id = ? ORDER BY id").param(String.valueOf(job)).query(String.class).list())
                .containsExactly("system CREATE", "system UPDATE");
    }

    @Test
    void workOnABackgroundThreadRunsAsTheUsSystemUserAndRecordsTheUsSide() throws Exception {
        DocumentForm form = new DocumentForm("DOC-US-BACKGROUND", "REPORT", "Search report", null, "en", null, null,
                "OPEN", null);

        ArchiveDocument d = background.submit(() -> installation.asSystem(() -> archive.create(form))).get();

        assertThat(d.side()).isEqualTo(Side.US);
        assertThat(jdbc.sql("SELECT side FROM archive_document WHERE ref = 'DOC-US-BACKGROUND'").query(String.class)
                .single()).isEqualTo("US");
        assertThat(jdbc.sql("SELECT username FROM audit_log WHERE action = 'CREATE' AND entity_type = 'DOCUMENT'"
                + " AND entity_id = ?").param(String.valueOf(d.id())).query(String.class).single()).isEqualTo("system");
    }

    @Test
    void theSameWorkOutsideTheSystemScopeIsAnErrorAndWritesNothing() {
        DocumentForm form = new DocumentForm("DOC-NO-USER", "REPORT", "Search report", null, "en", null, null, "OPEN",
                null);

        assertThatThrownBy(() -> background.submit(() -> archive.create(form)).get())
                .isInstanceOf(ExecutionException.class).cause().isInstanceOf(NoCurrentUserException.class)
                .hasMessageStartingWith("no authenticated user on thread test-background");
        assertThat(count("SELECT COUNT(*) FROM archive_document WHERE ref = 'DOC-NO-USER'")).isZero();
    }
}
