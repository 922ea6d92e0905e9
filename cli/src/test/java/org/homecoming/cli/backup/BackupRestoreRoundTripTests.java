package org.homecoming.cli.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.homecoming.simulator.ProgrammeSimulator;
import org.homecoming.simulator.SimulationSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end with the packaged server: populate a data directory (a programme imported, an archive
 * page with its scan uploaded), back it up, destroy it, restore it, and compare every table's rows
 * and every file's hash, then start the server on the restored directory and search.
 */
class BackupRestoreRoundTripTests {

    @TempDir
    Path tmp;

    @Test
    void aRestoredDataDirectoryEqualsTheOriginalAndTheServerSearchesIt() throws Exception {
        assumeTrue(Files.isRegularFile(ServerJarProcess.JAR), "server jar not built (the reactor packages the server"
                + " before these tests; alone: mvn -B -DskipTests package -pl server -am): " + ServerJarProcess.JAR);
        Path data = tmp.resolve("data");
        Path log = tmp.resolve("server.log");
        Path programme = tmp.resolve("programme");
        ProgrammeSimulator.simulate(SimulationSpec.of(150, 20, 5), programme);
        byte[] scan = png();
        String name;
        try (ServerJarProcess server = ServerJarProcess.start(data, log)) {
            name = populate(server, programme, scan);
            Commands whileRunning = Commands.run("backup", "--data", data.toString(), "--out", tmp.resolve("x.zip").toString());
            assertThat(whileRunning.exit()).isEqualTo(2);
            assertThat(whileRunning.err()).contains("a server is running on " + data);
        }
        Map<String, String> files = fileHashes(data);
        Path backup = tmp.resolve("homecoming-backup.zip");
        Commands b = Commands.run("backup", "--data", data.toString(), "--out", backup.toString());
        assertThat(b.exit()).as(b.err()).isZero();
        Map<String, String> tables = tableChecksums(data);
        assertThat(tables).containsKeys("missing_person", "archive_page", "audit_log");
        assertThat(tables.get("missing_person")).startsWith("150 ");
        BackupArchive.deleteTree(data);

        Commands r = Commands.run("restore", backup.toString(), "--data", data.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(fileHashes(data)).isEqualTo(files);
        assertThat(tableChecksums(data)).isEqualTo(tables);
        try (ServerJarProcess server = ServerJarProcess.start(data, log)) {
            assertThat(total(server.get("/api/v1/persons?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8)).body()))
                    .isPositive();
            assertThat(total(server.get("/api/v1/archive/search?q=hai+hung").body())).isEqualTo(1);
            assertThat(server.getBytes("/api/v1/archive/documents/1/pages/1/scan").body()).isEqualTo(scan);
        }
    }

    /** Imports the programme and adds a document page with a scan; returns the first person's name. */
    private static String populate(ServerJarProcess server, Path programme, byte[] scan) throws Exception {
        assertThat(server.post("/api/v1/imports", Multipart.CONTENT_TYPE, Multipart.files(programme)).statusCode())
                .isEqualTo(201);
        String doc = server.post("/api/v1/archive/documents", "application/json", ("{\"type\":\"BURIAL_REGISTER\","
                + "\"title\":\"Sổ mộ liệt sĩ xã Hải Hưng\",\"language\":\"vi\",\"classification\":\"OPEN\"}")
                .getBytes(StandardCharsets.UTF_8)).body();
        String id = field(doc, "id");
        String page = "[{\"pageNo\":1,\"scan\":\"" + Base64.getEncoder().encodeToString(scan)
                + "\",\"transcription\":\"Liệt sĩ an táng tại nghĩa trang xã Hải Hưng\"}]";
        assertThat(server.post("/api/v1/archive/documents/" + id + "/pages", "application/json",
                page.getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
        return Files.readAllLines(programme.resolve("missing_persons.csv")).get(1).split(",")[2];
    }

    /** SHA-256 of every file the backup keeps (the search indexes are rebuilt, so not compared). */
    private static Map<String, String> fileHashes(Path data) throws Exception {
        Map<String, String> hashes = new TreeMap<>();
        for (String name : DataDirectory.of(data).files()) {
            hashes.put(name, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(data.resolve(name)))));
        }
        return hashes;
    }

    /** Per table of the schema: row count and a SHA-256 over its rows in a stable order. */
    private static Map<String, String> tableChecksums(Path data) throws Exception {
        String url = "jdbc:h2:file:" + data.resolve("homecoming") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;ACCESS_MODE_DATA=r";
        Map<String, String> sums = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            for (String table : tables(c)) {
                List<String> rows = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    ResultSetMetaData m = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= m.getColumnCount(); i++) {
                            row.append(rs.getString(i)).append('\u001f');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                rows.forEach(row -> sha.update(row.getBytes(StandardCharsets.UTF_8)));
                sums.put(table, rows.size() + " " + HexFormat.of().formatHex(sha.digest()));
            }
        }
        return sums;
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT table_name FROM "
                + "information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static long total(String json) {
        return Long.parseLong(field(json, "total"));
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        assertThat(m.find()).as(name + " in " + json).isTrue();
        return m.group(1);
    }

    private static byte[] png() throws IOException {
        BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        img.setRGB(3, 3, 0xAA3300);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** A multipart/form-data body with every CSV file of a programme directory as a {@code files} part. */
    static final class Multipart {
        static final String BOUNDARY = "homecoming-backup-test-boundary";
        static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

        static byte[] files(Path dir) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (var files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                    out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                            + f.getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                    out.write(Files.readAllBytes(f));
                    out.write("\r\n".getBytes(StandardCharsets.UTF_8));
                }
            }
            out.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }
    }
}
