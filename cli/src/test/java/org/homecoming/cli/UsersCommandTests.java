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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code users add|list|reset-password}: the arguments handed to the server jar (here
 * {@link FakeServer}), the checks made before it starts, and the real server jar end to end when the
 * reactor has packaged it (as {@code mvn verify} does before the CLI's tests).
 */
class UsersCommandTests {

    static final Path SERVER_JAR = Path.of("../server/target/homecoming-server.jar");

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

    private int execute(ServerLauncher launcher, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cl = new CommandLine(new UsersCommand(), new LauncherFactory(launcher));
        cl.setExecutionExceptionHandler(new ExitCodes());
        cl.setParameterExceptionHandler(ExitCodes::onBadParameters);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    /** Gives the verbs the launcher under test. */
    record LauncherFactory(ServerLauncher launcher) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                return cls.getDeclaredConstructor(ServerLauncher.class).newInstance(launcher);
            } catch (NoSuchMethodException none) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }

    private Path demoData() throws IOException {
        Path data = tmp.resolve("demo data");
        Files.createDirectories(data);
        Files.createFile(data.resolve(DatabaseOptions.H2_FILE));
        return data;
    }

    @Nested
    class Arguments {

        @Test
        void addHandsTheServerJarTheVerbRolesSideAndNameWithTheDataDirectory() throws IOException {
            Path data = demoData();
            int code = execute(fake, "add", "lan", "--role", "LAB_ANALYST", "--role", "VIEWER", "--side", "VN",
                    "--full-name", "Nguyễn Thị Lan", "--data", data.toString());
            assertThat(code).as(err.toString()).isEqualTo(FakeServer.EXIT_CODE);
            assertThat(Files.readAllLines(data.resolve("launched.txt"))).containsExactly(
                    "--homecoming.parent-pid=" + ProcessHandle.current().pid(),
                    "--homecoming.data-dir=" + data.toAbsolutePath(),
                    "users", "add", "--username=lan", "--role=LAB_ANALYST", "--role=VIEWER", "--side=VN",
                    "--full-name=Nguyễn Thị Lan");
        }

        @Test
        void aDatabaseServerTravelsInTheEnvironment() throws IOException {
            Path data = tmp.resolve("server data");
            int code = execute(fake, "reset-password", "lan", "--db", "jdbc:postgresql://db:5432/homecoming",
                    "--db-user", "hc", "--db-password", "s3cret", "--data", data.toString());
            assertThat(code).isEqualTo(FakeServer.EXIT_CODE);
            assertThat(Files.readAllLines(data.resolve("launched.txt"))).containsExactly(
                    "--homecoming.parent-pid=" + ProcessHandle.current().pid(),
                    "--homecoming.data-dir=" + data.toAbsolutePath(), "users", "reset-password", "--username=lan",
                    "env SPRING_DATASOURCE_URL=jdbc:postgresql://db:5432/homecoming",
                    "env SPRING_DATASOURCE_USERNAME=hc", "env SPRING_DATASOURCE_PASSWORD=s3cret");
        }

        @Test
        void aDataDirectoryWithoutADatabaseIsBadInputBeforeTheServerStarts() {
            Path empty = tmp.resolve("empty");
            assertThat(execute(fake, "list", "--data", empty.toString())).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(err.toString()).isEqualTo("homecoming: --data " + empty.toAbsolutePath() + " holds no database"
                    + " (homecoming.mv.db): give the --data directory of ./homecoming demo, or --db for a database server"
                    + System.lineSeparator());
            assertThat(empty).doesNotExist();
        }

        @Test
        void aDbThatIsNotAJdbcUrlIsBadInput() {
            assertThat(execute(fake, "list", "--db", "postgres://db/homecoming")).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(err.toString()).isEqualTo("homecoming: --db must be a JDBC URL such as"
                    + " jdbc:postgresql://host:5432/name: postgres://db/homecoming" + System.lineSeparator());
        }

        @Test
        void aRoleAndASideAreRequired() {
            assertThat(execute(fake, "add", "lan", "--side", "VN")).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(err.toString()).contains("Missing required option: '--role=ROLE'");
            assertThat(execute(fake)).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(err.toString()).contains("Missing required subcommand");
        }
    }

    @Nested
    class WithTheServerJar {

        private ServerLauncher real() {
            Assumptions.assumeTrue(Files.isRegularFile(SERVER_JAR), "the server jar is not built (" + SERVER_JAR
                    + "): mvn verify packages it before the CLI's tests; alone, run mvn -pl server -am package first");
            return new ServerLauncher(SERVER_JAR.toAbsolutePath(), List.of("-XX:TieredStopAtLevel=1"));
        }

        @Test
        void addsListsAndResetsInAnEmbeddedDatabase() {
            ServerLauncher server = real();
            Path data = tmp.resolve("h2");
            String url = "jdbc:h2:file:" + data.toAbsolutePath() + "/homecoming;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH";
            assertThat(execute(server, "add", "lan", "--role", "LAB_ANALYST", "--side", "VN", "--db", url, "--db-user", "sa",
                    "--data", data.toString()))
                    .as(err.toString()).isZero();
            assertThat(out.toString()).matches("User: lan Password: [A-Za-z0-9]{20}\\R"
                    + "Side: VN Roles: LAB_ANALYST \\(the password is shown once and must be changed at first sign-in\\)\\R");
            assertThat(execute(server, "list", "--data", data.toString())).as(err.toString()).isZero();
            assertThat(out.toString()).startsWith("lan\tVN\tLAB_ANALYST\tenabled\tmust-change-password");
            assertThat(execute(server, "reset-password", "nobody", "--data", data.toString())).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(err.toString()).isEqualTo("homecoming: user not found: nobody" + System.lineSeparator());
            assertThat(execute(server, "add", "hoa", "--role", "ANALYST", "--side", "VN", "--data", data.toString()))
                    .isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(err.toString()).isEqualTo("homecoming: roles must each be one of ADMIN, CASE_OFFICER, LAB_ANALYST,"
                    + " FIELD_TEAM, LIAISON, VIEWER, MINE_ACTION_OFFICER, QUALITY_MANAGER, REMEDIATION_OFFICER, SOCIAL_WORKER: ANALYST" + System.lineSeparator());
        }
    }
}
