package org.homecoming.server.landrelease.bombing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.homecoming.server.users.DatabaseHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server jar's {@code thor import}, as {@code ./homecoming thor import} runs it, on an H2 file database. */
class ThorCommandModeTests {

    @TempDir
    Path data;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... command) {
        out.reset();
        err.reset();
        String[] args = new String[command.length + 1];
        args[0] = "--homecoming.data-dir=" + data;
        System.arraycopy(command, 0, args, 1, command.length);
        return ThorCommandMode.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void importsPrintsTheCountsAsJsonReportsProgressAndImportsNothingTheSecondTime() throws IOException, SQLException {
        Path file = data.resolve("thor.csv");
        Files.writeString(file, ThorFiles.withBadRows(1000));
        assertThat(run("thor", "import", "--file=" + file)).as(err.toString()).isEqualTo(ThorCommandMode.OK);
        JsonNode first = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(first.get("imported").asLong()).isEqualTo(4);
        assertThat(first.get("duplicates").asLong()).isEqualTo(1);
        assertThat(first.get("rejected").get("OUTSIDE_COUNTRY").asLong()).isEqualTo(2);
        long size = Files.size(file);
        assertThat(err.toString(StandardCharsets.UTF_8)).endsWith("progress " + size + " 13" + System.lineSeparator());

        assertThat(run("thor", "import", "--file=" + file)).isEqualTo(ThorCommandMode.OK);
        JsonNode second = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(second.get("imported").asLong()).isZero();
        assertThat(second.get("duplicates").asLong()).isEqualTo(5);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data + "/homecoming;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE", "sa", ""); ResultSet rs = c.createStatement().executeQuery(
                        "SELECT COUNT(*), MIN(imported_by) FROM bombing_import")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(2);
            assertThat(rs.getString(2)).isEqualTo("system");
        }
    }

    @Test
    void aDatabaseHeldByARunningServerIsAFailureThatSaysSo() throws Exception {
        Path file = data.resolve("thor.csv");
        Files.writeString(file, ThorFiles.withBadRows(1000));
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), DatabaseHolder.class.getName(),
                "jdbc:h2:file:" + data + "/homecoming;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE").start();
        try {
            assertThat(new String(holder.getInputStream().readNBytes(4), StandardCharsets.UTF_8)).isEqualTo("held");
            assertThat(run("thor", "import", "--file=" + file)).isEqualTo(ThorCommandMode.FAILURE);
            assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("homecoming: " + ThorCommandMode.IN_USE
                    + System.lineSeparator());
        } finally {
            holder.getOutputStream().close();
            holder.waitFor();
        }
    }

    @Test
    void aMissingFileIsBadInputBeforeTheDatabaseIsOpened() {
        assertThat(run("thor", "import", "--file=" + data.resolve("none.csv"))).isEqualTo(ThorCommandMode.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("homecoming: --file must name a THOR CSV file: "
                + data.resolve("none.csv") + System.lineSeparator());
        assertThat(data.resolve("homecoming.mv.db")).doesNotExist();
    }

    @Test
    void aFileWithoutTheKeyColumnIsBadInputNamingFileLineAndColumn() throws IOException {
        Path file = data.resolve("other.csv");
        Files.writeString(file, "MSNDATE,TGTLATDD_DDD_WGS84,TGTLONDDD_DDD_WGS84\n1968-03-02,16,106\n");
        assertThat(run("thor", "import", "--file=" + file)).isEqualTo(ThorCommandMode.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("homecoming: other.csv:1: THOR_DATA_VIET_ID: missing column");
    }
}
