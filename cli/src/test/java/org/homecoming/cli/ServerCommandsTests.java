package org.homecoming.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code demo} and {@code serve} start a real child JVM; here its jar is {@link FakeServer}. */
class ServerCommandsTests {

    @TempDir
    Path tmp;

    private final StringWriter err = new StringWriter();
    private ServerLauncher launcher;

    @BeforeEach
    void fakeServerJar() throws IOException {
        Path jar = tmp.resolve("fake-server.jar");
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeServer.class.getName());
        String entry = FakeServer.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, m);
                InputStream in = FakeServer.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
        launcher = new ServerLauncher(jar, List.of("-Xmx64m"));
    }

    private int execute(Object command, String... args) {
        CommandLine cl = new CommandLine(command);
        cl.setExecutionExceptionHandler(new ExitCodes());
        cl.setParameterExceptionHandler(ExitCodes::onBadParameters);
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private List<String> launched(Path data) throws IOException {
        return Files.readAllLines(data.resolve("launched.txt"));
    }

    @Nested
    class Demo {

        @Test
        void startsTheServerJarInDemoModeOnTheDataDirectoryAndReturnsItsExitCode() throws IOException {
            int port = freePort();
            Path data = tmp.resolve("demo data");
            int code = execute(new DemoCommand(launcher), "--port", String.valueOf(port), "--data", data.toString());
            assertThat(code).as(err.toString()).isEqualTo(FakeServer.EXIT_CODE);
            assertThat(launched(data)).containsExactly(
                    "--homecoming.parent-pid=" + ProcessHandle.current().pid(),
                    "--server.port=" + port,
                    "--homecoming.demo=true",
                    "--homecoming.data-dir=" + data.toAbsolutePath());
        }

        @Test
        void aPortInUseIsRefusedBeforeTheServerStarts() throws IOException {
            try (ServerSocket busy = new ServerSocket(0)) {
                int code = execute(new DemoCommand(launcher), "--port", String.valueOf(busy.getLocalPort()),
                        "--data", tmp.resolve("d").toString());
                assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
                assertThat(err.toString()).isEqualTo("homecoming: --port " + busy.getLocalPort()
                        + " is in use; choose another with --port" + System.lineSeparator());
            }
            assertThat(tmp.resolve("d")).doesNotExist();
        }

        @Test
        void aPortOutOfRangeIsBadInput() {
            assertThat(execute(new DemoCommand(launcher), "--port", "70000")).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(err.toString()).contains("--port must be in [1, 65535]: 70000");
        }

        @Test
        void aMissingServerJarSaysHowToBuildIt() throws IOException {
            Path absent = tmp.resolve("no/such/homecoming-server.jar");
            int code = execute(new DemoCommand(new ServerLauncher(absent, List.of())), "--port", String.valueOf(freePort()),
                    "--data", tmp.toString());
            assertThat(code).isEqualTo(ExitCodes.FAILURE);
            assertThat(err.toString()).startsWith("homecoming: server jar not found: " + absent)
                    .contains("mvn -B -DskipTests package");
        }
    }

    @Nested
    class Serve {

        @Test
        void passesTheDatabaseThroughTheEnvironmentSoThePasswordIsNotOnTheCommandLine() throws IOException {
            int port = freePort();
            Path data = tmp.resolve("serve");
            int code = execute(new ServeCommand(launcher), "--db", "jdbc:postgresql://db.example:5432/homecoming",
                    "--db-user", "hc", "--db-password", "s3cret", "--port", String.valueOf(port), "--data", data.toString());
            assertThat(code).as(err.toString()).isEqualTo(FakeServer.EXIT_CODE);
            assertThat(launched(data)).containsExactly(
                    "--homecoming.parent-pid=" + ProcessHandle.current().pid(),
                    "--server.port=" + port,
                    "--homecoming.data-dir=" + data.toAbsolutePath(),
                    "env SPRING_DATASOURCE_URL=jdbc:postgresql://db.example:5432/homecoming",
                    "env SPRING_DATASOURCE_USERNAME=hc",
                    "env SPRING_DATASOURCE_PASSWORD=s3cret");
            assertThat(launcher.command(List.of())).noneMatch(a -> a.contains("s3cret"));
        }

        @Test
        void withoutAUserTheEmbeddedDefaultUserIsNotSent() throws IOException {
            Path data = tmp.resolve("serve2");
            int code = execute(new ServeCommand(launcher), "--db", "jdbc:postgresql://db/h?user=x", "--port",
                    String.valueOf(freePort()), "--data", data.toString());
            assertThat(code).isEqualTo(FakeServer.EXIT_CODE);
            assertThat(launched(data)).contains("env SPRING_DATASOURCE_USERNAME=");
        }

        @Test
        void aDatabaseThatIsNotAJdbcUrlIsBadInput() {
            int code = execute(new ServeCommand(launcher), "--db", "postgres://db/homecoming");
            assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(err.toString()).isEqualTo("homecoming: --db must be a JDBC URL such as "
                    + "jdbc:postgresql://host:5432/name: postgres://db/homecoming" + System.lineSeparator());
        }

        @Test
        void theDatabaseIsRequired() {
            assertThat(execute(new ServeCommand(launcher))).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(err.toString()).contains("Missing required option: '--db=JDBC_URL'");
        }
    }
}
