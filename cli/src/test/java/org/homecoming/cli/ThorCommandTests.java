package org.homecoming.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code thor import}: the arguments handed to the server jar (here {@link FakeServer}) and the checks made before it starts. */
class ThorCommandTests {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private ServerLauncher fake;

    @BeforeEach
    void fakeServerJar() throws IOException {
        Path jar = tmp.resolve("fake-server.jar");
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeServer.class.getName());
        String entry = FakeServer.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream o = new JarOutputStream(file, m);
                InputStream in = FakeServer.class.getClassLoader().getResourceAsStream(entry)) {
            o.putNextEntry(new JarEntry(entry));
            in.transferTo(o);
            o.closeEntry();
        }
        fake = new ServerLauncher(jar, List.of("-Xmx64m"));
    }

    private int execute(String... args) {
        CommandLine cl = new CommandLine(new ThorCommand(), new UsersCommandTests.LauncherFactory(fake));
        cl.setExecutionExceptionHandler(new ExitCodes());
        cl.setParameterExceptionHandler(ExitCodes::onBadParameters);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void importHandsTheServerJarTheAbsoluteFileAndTheDataDirectory() throws IOException {
        Path data = tmp.resolve("demo data");
        Files.createDirectories(data);
        Files.createFile(data.resolve(DatabaseOptions.H2_FILE));
        Path csv = Files.writeString(tmp.resolve("thor.csv"), "THOR_DATA_VIET_ID\n");
        int code = execute("import", csv.toString(), "--data", data.toString());
        assertThat(code).as(err.toString()).isEqualTo(FakeServer.EXIT_CODE);
        assertThat(Files.readAllLines(data.resolve("launched.txt"))).containsExactly(
                "--homecoming.parent-pid=" + ProcessHandle.current().pid(),
                "--homecoming.data-dir=" + data.toAbsolutePath(), "thor", "import", "--file=" + csv.toAbsolutePath());
    }

    @Test
    void simulateWritesTheFileAndSaysWhatItHolds() throws IOException {
        Path csv = tmp.resolve("sim.csv");
        assertThat(execute("simulate", csv.toString(), "--rows", "120", "--seed", "5", "--bad-share", "0.05"))
                .isEqualTo(ExitCodes.OK);
        assertThat(Files.readAllLines(csv)).hasSize(121);
        org.homecoming.simulator.bombing.ThorFileSummary same = org.homecoming.simulator.bombing.ThorFileSimulator
                .write(tmp.resolve("same.csv"), 120, 5, 0.05);
        assertThat(out.toString()).isEqualTo("wrote " + csv + ": 120 rows, " + same.good() + " good, bad by reason "
                + same.bad() + System.lineSeparator());
    }

    @Test
    void aMissingFileIsBadInputBeforeTheServerStarts() {
        Path none = tmp.resolve("none.csv");
        assertThat(execute("import", none.toString(), "--data", tmp.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("homecoming: FILE must be a THOR CSV file: " + none + System.lineSeparator());
        assertThat(tmp.resolve("launched.txt")).doesNotExist();
    }

    @Test
    void aDataDirectoryWithoutADatabaseIsBadInput() throws IOException {
        Path csv = Files.writeString(tmp.resolve("thor.csv"), "THOR_DATA_VIET_ID\n");
        Path empty = tmp.resolve("empty");
        assertThat(execute("import", csv.toString(), "--data", empty.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).startsWith("homecoming: --data " + empty.toAbsolutePath() + " holds no database");
    }

    /** The real server jar, as CI builds it before the CLI's tests: the file goes in, the counts come out, twice. */
    @Nested
    class WithTheServerJar {

        @Test
        void importsAFileIntoAnEmbeddedDatabaseAndAReimportImportsNothing() throws IOException {
            Assumptions.assumeTrue(Files.isRegularFile(UsersCommandTests.SERVER_JAR), "the server jar is not built ("
                    + UsersCommandTests.SERVER_JAR + "): mvn verify packages it before the CLI's tests");
            fake = new ServerLauncher(UsersCommandTests.SERVER_JAR.toAbsolutePath(), List.of("-XX:TieredStopAtLevel=1"));
            Path data = tmp.resolve("h2");
            String url = "jdbc:h2:file:" + data.toAbsolutePath() + "/homecoming;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH";
            Path csv = Files.writeString(tmp.resolve("thor.csv"),
                    "THOR_DATA_VIET_ID,MSNDATE,TGTLATDD_DDD_WGS84,TGTLONDDD_DDD_WGS84,NUMWEAPONSDELIVERED\n"
                            + "1,1968-03-02,16.80,107.10,4\n"
                            + "2,,16.46,107.59,2\n"
                            + "3,1968-03-03,48.85,2.35,2\n"
                            + "4,1968-03-04,16.46,107.59,-1\n");
            assertThat(execute("import", csv.toString(), "--db", url, "--db-user", "sa", "--data", data.toString()))
                    .as(err.toString()).isZero();
            assertThat(out.toString()).startsWith("{\"imported\":2,\"duplicates\":0,\"rejected\":{");
            assertThat(out.toString()).contains("\"MISSING_DATE\":1", "\"OUTSIDE_COUNTRY\":1");
            out.getBuffer().setLength(0);
            assertThat(execute("import", csv.toString(), "--db", url, "--db-user", "sa", "--data", data.toString()))
                    .as(err.toString()).isZero();
            assertThat(out.toString()).startsWith("{\"imported\":0,\"duplicates\":2,");
        }
    }
}
