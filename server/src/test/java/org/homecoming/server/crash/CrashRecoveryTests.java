package org.homecoming.server.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.homecoming.server.EmbeddedPostgresDatabase;
import org.homecoming.server.archive.exchange.InstallationKeys;
import org.homecoming.server.archive.exchange.PackageWriter;
import org.homecoming.server.archive.transfer.ExchangeRecords.PersonRecord;
import org.homecoming.simulator.ProgrammeSimulator;
import org.homecoming.simulator.SimulationSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the real server process with SIGKILL during a programme CSV import and during an exchange
 * package import, on H2 and on PostgreSQL, starts it again on the same data and checks that each
 * import is there whole or not at all, that the search index was rebuilt to match the registry, and
 * that the audit log lost or changed nothing and records exactly the imports that were committed.
 *
 * <p>Two moments of killing, crossed over the two databases so that each import meets each: while
 * the transaction is writing (the import must be absent or whole) and just after the commit, before
 * the search index has caught up (the import must be whole and the stale index rebuilt).
 */
class CrashRecoveryTests {

    static final ObjectMapper JSON = new ObjectMapper();
    static final int PACKAGE_PERSONS = 400;
    static final String PACKAGE_FAMILY_NAME = "Quinby";
    static final byte[] SMALL_WRITE = ("{\"type\":\"LETTER\",\"title\":\"Thư gửi mẹ\",\"language\":\"vi\","
            + "\"classification\":\"OPEN\"}").getBytes(StandardCharsets.UTF_8);

    @TempDir
    static Path shared;
    static Path programme;
    static InstallationKeys otherSide;
    static byte[] exchangePackage;

    @TempDir
    Path data;

    @BeforeAll
    static void inputs() {
        programme = shared.resolve("programme");
        ProgrammeSimulator.simulate(SimulationSpec.of(1000, 80, 11), programme);
        otherSide = InstallationKeys.generate("us-crash-test");
        List<PersonRecord> persons = IntStream.rangeClosed(1, PACKAGE_PERSONS).mapToObj(i -> new PersonRecord(
                "VN-CRASH-" + i, "VN", "Ellison " + PACKAGE_FAMILY_NAME + " " + i, PACKAGE_FAMILY_NAME, null,
                "Ellison", "M", "1947", null, null, null, null, null, null, "1969-03-02", null, null, null, null,
                null, "MISSING", "crash test", List.of())).toList();
        exchangePackage = new PackageWriter(otherSide, "US", "VN", "crash test agreement").records("persons", persons)
                .write(Instant.now());
    }

    @Test
    void onH2EveryImportIsWholeOrAbsentAndTheIndexAndAuditLogFollow() throws Exception {
        String url = "jdbc:h2:file:" + data.resolve("homecoming")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        crashAndRecover(List.of(), () -> DriverManager.getConnection(url, "sa", ""), Kill.WHILE_WRITING,
                Kill.AFTER_COMMIT);
    }

    @Test
    void onPostgresEveryImportIsWholeOrAbsentAndTheIndexAndAuditLogFollow() throws Exception {
        String url = EmbeddedPostgresDatabase.createDatabase();
        crashAndRecover(List.of("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password="), () -> DriverManager.getConnection(url, "postgres", ""),
                Kill.AFTER_COMMIT, Kill.WHILE_WRITING);
    }

    /** When the server is killed, by the line of its log that was just written. */
    enum Kill {
        WHILE_WRITING("writing", "importing"), AFTER_COMMIT("committed", "committed");

        final String csvLine;
        final String packageLine;

        Kill(String csvLine, String packageLine) {
            this.csvLine = csvLine;
            this.packageLine = packageLine;
        }
    }

    interface Database {
        Connection open() throws SQLException;
    }

    private void crashAndRecover(List<String> db, Database database, Kill csvKill, Kill packageKill) throws Exception {
        Path log = data.resolve("server.log");
        Files.createDirectories(data);
        ServerProcess first = ServerProcess.start(data, db, log).awaitUp(Duration.ofSeconds(90));
        trust(first);
        String sha = JSON.readTree(first.send("/api/v1/archive/exchange/preview", "application/zip", exchangePackage)
                .body()).get("sha256").asText();
        List<JsonNode> auditBefore = audit(first);

        assertThat(first.send("/api/v1/archive/documents", "application/json", SMALL_WRITE).statusCode())
                .as("a small write committed just before the kill").isEqualTo(200);
        first.sendAsync("/api/v1/imports", Multipart.CONTENT_TYPE, Multipart.files(programme));
        first.awaitLog(Duration.ofSeconds(60), "Import homecoming-import", csvKill.csvLine);
        first.kill();
        boolean csvCommitLogged = first.logHas("Import homecoming-import", "committed");

        ServerProcess second = ServerProcess.start(data, db, log).awaitUp(Duration.ofSeconds(90));
        assertThat(second.output()).contains("Index 'persons' was not sealed together with the database");
        assertThat(JSON.readTree(second.get("/api/v1/archive/documents").body()).get("total").asLong())
                .as("a commit a moment before the kill survives it").isEqualTo(1);
        long csvPersons = searchTotal(second, firstProgrammeName());
        boolean csvCommitted = csvPersons > 0;
        assertThat(csvCommitted || !csvCommitLogged).as("an import logged as committed survives the kill").isTrue();
        List<JsonNode> auditAfterCsv = audit(second);
        assertAuditIntact(auditBefore, auditAfterCsv, "PROGRAMME", csvCommitted);

        second.sendAsync("/api/v1/archive/exchange/import", "application/json",
                ("{\"sha256\":\"" + sha + "\"}").getBytes(StandardCharsets.UTF_8));
        second.awaitLog(Duration.ofSeconds(60), "Package " + sha.substring(0, 12), packageKill.packageLine);
        second.kill();
        boolean packageCommitLogged = second.logHas("Package " + sha.substring(0, 12), "committed");

        ServerProcess third = ServerProcess.start(data, db, log).awaitUp(Duration.ofSeconds(90));
        assertThat(third.output()).contains("Index 'persons' was not sealed together with the database");
        long packagePersons = searchTotal(third, "Ellison " + PACKAGE_FAMILY_NAME);
        boolean packageCommitted = packagePersons > 0;
        assertThat(packagePersons).as("package persons found after the restart: all or none")
                .isIn(0L, (long) PACKAGE_PERSONS);
        assertThat(packageCommitted || !packageCommitLogged).as("a package logged as committed survives the kill")
                .isTrue();
        assertAuditIntact(auditAfterCsv, audit(third), "PACKAGE", packageCommitted);
        third.stop();
        String stopLog = third.output();

        third.output().lines().filter(l -> l.contains("rebuilt")).forEach(System.out::println);
        System.out.printf("crash test: CSV import killed %s -> %s; package import killed %s -> %s%n", csvKill,
                csvCommitted ? "whole" : "absent", packageKill, packageCommitted ? "whole" : "absent");
        try (Connection c = database.open()) {
            long expectedCsv = csvCommitted ? lines(programme.resolve("missing_persons.csv")) : 0;
            assertThat(count(c, "SELECT COUNT(*) FROM missing_person WHERE ref NOT LIKE 'VN-CRASH-%'")).isEqualTo(expectedCsv);
            assertThat(count(c, "SELECT COUNT(*) FROM family_member"))
                    .isEqualTo(csvCommitted ? lines(programme.resolve("family_members.csv")) : 0);
            assertThat(count(c, "SELECT COUNT(*) FROM remains"))
                    .isEqualTo(csvCommitted ? lines(programme.resolve("remains.csv")) : 0);
            assertThat(count(c, "SELECT COUNT(*) FROM missing_person WHERE ref LIKE 'VN-CRASH-%'"))
                    .isEqualTo(packageCommitted ? PACKAGE_PERSONS : 0);
            assertThat(count(c, "SELECT COUNT(*) FROM exchange_package WHERE direction = 'IN'"))
                    .isEqualTo(packageCommitted ? 1 : 0);
            assertThat(indexedPersons()).as("search index documents after the restart")
                    .isEqualTo(count(c, "SELECT COUNT(*) FROM missing_person WHERE merged_into IS NULL"));
            assertThat(count(c, "SELECT COUNT(*) FROM index_seal")).as("the graceful stop sealed both indexes:%n%s", stopLog)
                    .isEqualTo(2);
        }
    }

    private static void trust(ServerProcess s) throws Exception {
        String body = JSON.createObjectNode().put("installationId", otherSide.installationId())
                .put("publicKeyPem", otherSide.publicKeyPem()).toString();
        assertThat(s.send("/api/v1/archive/exchange/trusted", "application/json", body.getBytes(StandardCharsets.UTF_8))
                .statusCode()).isEqualTo(200);
    }

    /**
     * "Intact": every line there before the crash is still there, unchanged and in order; lines are
     * only added after it; the import's line is there exactly when its data is.
     */
    private static void assertAuditIntact(List<JsonNode> before, List<JsonNode> after, String imported,
            boolean committed) {
        assertThat(after.subList(0, before.size())).as("audit lines written before the crash").isEqualTo(before);
        List<JsonNode> added = after.subList(before.size(), after.size());
        assertThat(added.stream().filter(e -> "IMPORT".equals(e.get("action").asText())
                && imported.equals(e.get("entityType").asText())).count()).isEqualTo(committed ? 1 : 0);
        for (int i = 1; i < after.size(); i++) {
            assertThat(after.get(i).get("id").asLong()).isGreaterThan(after.get(i - 1).get("id").asLong());
        }
    }

    /** The whole audit log, oldest first. */
    private static List<JsonNode> audit(ServerProcess s) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        long total = 1;
        for (int page = 0; lines.size() < total; page++) {
            String body = s.get("/api/v1/audit?size=100&page=" + page).body();
            JsonNode p = JSON.readTree(body);
            assertThat(p.has("items")).as(body).isTrue();
            p.get("items").forEach(lines::add);
            total = p.get("total").asLong();
        }
        java.util.Collections.reverse(lines);
        return lines;
    }

    private static long searchTotal(ServerProcess s, String q) throws Exception {
        String body = s.get("/api/v1/persons?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8)).body();
        return JSON.readTree(body).get("total").asLong();
    }

    private static String firstProgrammeName() throws IOException {
        String row = Files.readAllLines(programme.resolve("missing_persons.csv")).get(1);
        return row.split(",")[2];
    }

    private static long lines(Path csv) throws IOException {
        try (var l = Files.lines(csv)) {
            return l.count() - 1;
        }
    }

    private long indexedPersons() throws IOException {
        try (var dir = FSDirectory.open(data.resolve("index")); var reader = DirectoryReader.open(dir)) {
            return reader.numDocs();
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A multipart/form-data body with every CSV file of a programme directory as a {@code files} part. */
    static final class Multipart {
        static final String BOUNDARY = "homecoming-crash-test-boundary";
        static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

        static byte[] files(Path dir) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Map<String, Path> csv = new TreeMap<>();
            try (var files = Files.list(dir)) {
                files.filter(f -> f.toString().endsWith(".csv")).forEach(f -> csv.put(f.getFileName().toString(), f));
            }
            for (var e : csv.entrySet()) {
                out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                        + e.getKey() + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                out.write(Files.readAllBytes(e.getValue()));
                out.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }
    }
}
